/**
 * The structural index of a chunk: the positions of every ',', '\n' and '"'
 * (each with its byte), found 16 bytes at a time by a small WebAssembly SIMD
 * function assembled below, so the reader's JavaScript visits a row's cell
 * boundaries instead of its bytes (a byte loop costs a mispredicted branch
 * per cell; this costs none per byte). Without WebAssembly SIMD the reader
 * scans bytes itself.
 */

/** Bytes indexed in one call; larger buffers are read by the byte loop. */
export const INDEX_CAPACITY = 2 << 20;
const OUT = INDEX_CAPACITY;
/** Where index() leaves 1 when a byte above 0x7f was seen, else 0. */
const HIGH_AT = OUT + 4 * INDEX_CAPACITY;
const PAGES = (INDEX_CAPACITY * 5) / 65536 + 1;

function leb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    const done = (n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0);
    out.push(done ? b : b | 0x80);
    if (done) return out;
  }
}

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
};

const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];

// locals: 0 len (param); i32 1 p, 2 o, 3 m, 4 end16, 5 b, 8 t, 9 high (6, 7 unused); v128 10 v, 11 all (every byte or-ed)
const [LEN, P, O, M, END16, B, T, HI, V, ALL] = [0, 1, 2, 3, 4, 5, 8, 9, 10, 11];
const get = (l: number) => [0x20, l];
const set = (l: number) => [0x21, l];
const tee = (l: number) => [0x22, l];
const i32 = (n: number) => [0x41, ...leb(n)];
const SIMD = 0xfd;
/** The bitmask of the lanes of v equal to `byte`. */
const lanes = (byte: number) => [...get(V), ...i32(byte), SIMD, 0x0f, SIMD, 0x23, SIMD, 0x64];
const [ADD, SUB, AND, OR, SHL, SHR_U, EQ, GE_U, EQZ, CTZ] = [0x6a, 0x6b, 0x71, 0x72, 0x74, 0x76, 0x46, 0x4f, 0x45, 0x68];
const STORE = [0x36, 0x02, 0x00];
const BLOCK_LOOP = [0x02, 0x40, 0x03, 0x40];
const END_END = [0x0b, 0x0b];
const AGAIN = [0x0c, 0];
const EXIT_IF = [0x0d, 1];

/**
 * index(len): for each ',', '\n', '"' in memory [0, len), its position with
 * the byte in the top 8 bits, as i32 from OUT; returns
 * their count, and leaves at HIGH_AT whether any byte is above 0x7f.
 */
const body = [
  ...get(LEN), ...i32(-16), AND, ...set(END16),
  ...i32(OUT), ...set(O),
  ...BLOCK_LOOP,
  ...get(P), ...get(END16), GE_U, ...EXIT_IF,
  ...get(P), SIMD, 0x00, 0x00, 0x00, ...tee(V), ...get(ALL), SIMD, 0x50, ...set(ALL),
  ...lanes(10), ...lanes(34), OR, ...lanes(44), OR, ...set(M),
  ...BLOCK_LOOP,
  ...get(M), EQZ, ...EXIT_IF,
  ...get(O),
  ...get(P), ...get(M), CTZ, ADD, ...tee(T),
  ...get(T), 0x2d, 0x00, 0x00, ...i32(24), SHL, OR, // the byte itself in the top bits
  ...STORE,
  ...get(O), ...i32(4), ADD, ...set(O),
  ...get(M), ...get(M), ...i32(1), SUB, AND, ...set(M),
  ...AGAIN, ...END_END,
  ...get(P), ...i32(16), ADD, ...set(P),
  ...AGAIN, ...END_END,
  // the last bytes, one by one
  ...BLOCK_LOOP,
  ...get(P), ...get(LEN), GE_U, ...EXIT_IF,
  ...get(P), 0x2d, 0x00, 0x00, ...tee(B), ...get(HI), OR, ...set(HI),
  ...get(B), ...i32(44), EQ, ...get(B), ...i32(10), EQ, OR, ...get(B), ...i32(34), EQ, OR,
  0x04, 0x40,
  ...get(O), ...get(P), ...get(B), ...i32(24), SHL, OR, ...STORE,
  ...get(O), ...i32(4), ADD, ...set(O),
  0x0b,
  ...get(P), ...i32(1), ADD, ...set(P),
  ...AGAIN, ...END_END,
  ...i32(HIGH_AT), ...get(ALL), SIMD, 0x64, ...get(HI), ...i32(0x80), AND, OR, ...i32(0), 0x47, ...STORE,
  ...get(O), ...i32(OUT), SUB, ...i32(2), SHR_U,
  0x0b,
];
const locals = [2, ...uleb(9), 0x7f, ...uleb(2), 0x7b];
const code = [...locals, ...body];

const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 1, 0x7f, 1, 0x7f]), // type: (i32) -> i32
  ...section(3, [1, 0]), // function 0 has type 0
  ...section(5, [1, 0x00, ...uleb(PAGES)]), // memory
  ...section(7, [2, 5, ...[...'index'].map((c) => c.charCodeAt(0)), 0x00, 0, 6, ...[...'memory'].map((c) => c.charCodeAt(0)), 0x02, 0]),
  ...section(10, [1, ...uleb(code.length), ...code]),
]);

/** An index entry is the position, and the byte there in the top 8 bits. */
export const POSITION = (1 << 24) - 1;
export const NEWLINE_BYTE = 10 << 24;
/** Set in the entries of '\n' and '"', not of ','. */
export const NOT_COMMA = 2 << 24;

export interface StructuralIndex {
  /** Indexes `buf` (at most INDEX_CAPACITY bytes); the positions are valid until the next call. */
  scan(buf: Uint8Array): Int32Array;
  /** Whether the last buffer scanned is all ASCII. */
  readonly ascii: boolean;
}

/** The part of the WebAssembly API used here (the project's TypeScript libs do not declare it). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

let compiled: object | null | undefined;

/** A new index (each reader has its own memory), or null where WebAssembly SIMD is missing. */
export function createStructuralIndex(): StructuralIndex | null {
  const wasm = (globalThis as { WebAssembly?: Wasm }).WebAssembly;
  if (compiled === undefined) {
    try {
      compiled = wasm ? new wasm.Module(MODULE) : null;
    } catch {
      compiled = null;
    }
  }
  if (!compiled || !wasm) return null;
  const { exports } = new wasm.Instance(compiled, {});
  const index = exports.index as (len: number) => number;
  const memory = exports.memory as { buffer: ArrayBuffer };
  const bytes = new Uint8Array(memory.buffer, 0, INDEX_CAPACITY);
  const positions = new Int32Array(memory.buffer, OUT, INDEX_CAPACITY);
  const high = new Int32Array(memory.buffer, HIGH_AT, 1);
  return {
    scan(buf) {
      bytes.set(buf);
      return positions.subarray(0, index(buf.length));
    },
    get ascii() {
      return high[0] === 0;
    },
  };
}
