import { CELL_ESCAPED, CELL_HIGH, CELL_QUOTED, type RowCells } from '../rows/cells';

/** Cell flags set by the scanner: the engine's (src/evaluate/cells.ts). */
export const HIGH = CELL_HIGH;
export const QUOTED = CELL_QUOTED;
export const ESCAPED = CELL_ESCAPED;

const TABLE = 1024;
const MAX_INTERNED = 16;

interface FastBuffer extends Buffer {
  latin1Slice(start: number, end: number): string;
  utf8Slice(start: number, end: number): string;
}

/**
 * Turns the byte ranges of a row's wanted cells into strings. ASCII cells are
 * decoded as latin1 (the same characters, no UTF-8 state machine); short ones
 * (status codes, routes, service names) are interned through a small table
 * per column keyed by a cheap hash of a few bytes, so a repeated value is
 * compared in place instead of allocated again.
 */
export class CellDecoder {
  private readonly table: (string | null)[];

  constructor(private readonly width: number) {
    this.table = new Array<string | null>(width * TABLE).fill(null);
  }

  private text = '';
  private textOf: Buffer | null = null;

  decodeRow(buf: Buffer, starts: Int32Array, ends: Int32Array, flags: Int32Array): string[] {
    const out = new Array<string>(this.width);
    const b = buf as FastBuffer;
    for (let k = 0; k < this.width; k++) {
      const s = starts[k];
      const e = ends[k];
      const f = flags[k];
      if (f === 0) {
        out[k] = e - s <= MAX_INTERNED ? this.intern(b, s, e, k) : this.slice(b, s, e);
      } else {
        const text = f & HIGH ? b.utf8Slice(s, e) : b.latin1Slice(s, e);
        out[k] = f & ESCAPED ? text.replaceAll('""', '"') : text;
      }
    }
    return out;
  }

  /**
   * Long ASCII cells (timestamps) are cut from one latin1 string of the whole
   * buffer, made on first use: a JS substring is several times cheaper than
   * a call into the runtime per cell.
   */
  private slice(buf: FastBuffer, s: number, e: number): string {
    if (this.textOf !== buf) {
      this.text = buf.latin1Slice(0, buf.length);
      this.textOf = buf;
    }
    return this.text.substring(s, e);
  }

  private intern(buf: FastBuffer, s: number, e: number, column: number): string {
    const n = e - s;
    const hash = n === 0 ? 0 : n * 977 + buf[s] * 31 + buf[e - 1] * 7 + buf[s + (n >> 1)] * 131 + buf[e - 2 < s ? s : e - 2];
    const slot = column * TABLE + (hash & (TABLE - 1));
    const known = this.table[slot];
    if (known !== null && known.length === n) {
      let k = 0;
      while (k < n && known.charCodeAt(k) === buf[s + k]) k++;
      if (k === n) return known;
    }
    const text = buf.latin1Slice(s, e);
    this.table[slot] = text;
    return text;
  }
}

/** One cell's text: latin1 for ASCII (the same characters, no UTF-8 state machine), doubled quotes undone. */
export function decodeCell(buf: Buffer, start: number, end: number, flag: number): string {
  const b = buf as FastBuffer;
  const text = flag & HIGH ? b.utf8Slice(start, end) : b.latin1Slice(start, end);
  return flag & ESCAPED ? text.replaceAll('""', '"') : text;
}

/**
 * The reader's current row for the engine (RowCells): where each wanted cell
 * lies in the chunk. The reader refills it in place for every row, and a
 * source that wants other columns gets a view filled from it (see csv-feed).
 */
export class CsvCells implements RowCells {
  bytes: Buffer = Buffer.alloc(0);
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Int32Array;

  constructor(readonly width: number) {
    this.starts = new Int32Array(width);
    this.ends = new Int32Array(width);
    this.flags = new Int32Array(width);
  }

  text(column: number): string {
    return decodeCell(this.bytes, this.starts[column]!, this.ends[column]!, this.flags[column]!);
  }

  /** Every cell's text. */
  texts(): string[] {
    return Array.from({ length: this.width }, (_, k) => this.text(k));
  }
}
