import { Keys } from './keys';
import { NO_SPANS, type Spans } from './spans';

/** One key's rows (all rows when not per resource), column by column, in the order read. */
export interface RowColumns {
  start: Float64Array;
  end: Float64Array;
  comp: Int32Array | null;
  share: Float64Array | null;
}

/** Rows by key: where each key's rows begin, and their columns in that order (start and end side by side). */
interface Grouped {
  offsets: Int32Array;
  /** start, end of each row, one after the other. */
  times: Float64Array;
  comp: Int32Array | null;
  share: Float64Array | null;
}

/** Plain data of IntervalRows: names instead of indexes, so that states of threads that met names in other orders merge. */
export interface IntervalRowsState {
  keys: string[] | null;
  comps: string[] | null;
  start: Float64Array;
  end: Float64Array;
  key: Int32Array | null;
  comp: Int32Array | null;
  share: Float64Array | null;
}

/**
 * Rows per slab (after the first, which doubles up to this size). A column
 * grows a slab at a time and never copies what it holds: a million rows in
 * arrays that double as they fill touched twice their memory, and fresh
 * memory costs a page fault per 4 KB.
 */
const SLAB_BITS = 16;
const SLAB = 1 << SLAB_BITS;
const MASK = SLAB - 1;

type Typed = Float64Array | Int32Array;

/** One column's slabs, `width` values a row; row i is in slab i >> SLAB_BITS from (i & MASK) × width. */
class Column<T extends Typed> {
  readonly slabs: T[];
  constructor(
    private readonly make: (n: number) => T,
    readonly width = 1,
  ) {
    this.slabs = [make(64 * width)];
  }

  /** Room for twice `length` rows in the first slab (up to SLAB rows), or a new slab. */
  more(length: number): T {
    const last = this.slabs.length - 1;
    if (length < SLAB) {
      const grown = this.make(Math.min(SLAB, 2 * length) * this.width);
      grown.set(this.slabs[0]!);
      this.slabs[0] = grown;
      return grown;
    }
    const slab = this.make(SLAB * this.width);
    this.slabs[last + 1] = slab;
    return slab;
  }

  at(i: number, k = 0): number {
    return this.slabs[i >>> SLAB_BITS]![(i & MASK) * this.width + k]!;
  }

  /** The values of the first n rows in one array (the first slab itself when it holds them all). */
  flat(n: number): T {
    const size = n * this.width;
    if (size <= this.slabs[0]!.length) return this.slabs[0]!.subarray(0, size) as T;
    const out = this.make(size);
    for (let q = 0, at = 0; at < size; q++) {
      const slab = this.slabs[q]!;
      out.set(size - at >= slab.length ? slab : slab.subarray(0, size - at), at);
      at += slab.length;
    }
    return out;
  }
}

const f64 = (n: number): Float64Array => new Float64Array(n);
const i32 = (n: number): Int32Array => new Int32Array(n);

/**
 * The intervals a reader kept, column by column (typed arrays in slabs):
 * start and end, and when asked for, the resource (`per`), the component
 * (`downtime.of`) and the share (`downtime.weight`) of each.
 */
export class IntervalRows {
  length = 0;
  readonly keys: Keys | null;
  readonly comps: Keys | null;
  /**
   * Start and end side by side: the grouping copies a row's two times to
   * its key's place in one write instead of two far apart (10,000 keys'
   * places are more than the processor's caches hold).
   */
  private readonly times = new Column(f64, 2);
  private readonly key: Column<Int32Array> | null;
  private readonly comp: Column<Int32Array> | null;
  private readonly share: Column<Float64Array> | null;
  /** The slabs rows are pushed into, and the room and next place in them. */
  private t: Float64Array;
  private k: Int32Array | null;
  private c: Int32Array | null;
  private w: Float64Array | null;
  private room = 64;
  private next = 0;
  private grouped: Grouped | null = null;

  constructor(options: { perKey: boolean; perComp: boolean; shares: boolean }) {
    this.keys = options.perKey ? new Keys('resource') : null;
    this.comps = options.perComp ? new Keys('component') : null;
    this.key = options.perKey ? new Column(i32) : null;
    this.comp = options.perComp ? new Column(i32) : null;
    this.share = options.shares ? new Column(f64) : null;
    this.t = this.times.slabs[0]!;
    this.k = this.key ? this.key.slabs[0]! : null;
    this.c = this.comp ? this.comp.slabs[0]! : null;
    this.w = this.share ? this.share.slabs[0]! : null;
  }

  /** Whether rows carry a share (`downtime.weight`). */
  get weighted(): boolean {
    return this.share !== null;
  }

  push(start: number, end: number, key: number, comp: number, share: number): void {
    if (this.next === this.room) this.more();
    const j = this.next++;
    this.t[2 * j] = start;
    this.t[2 * j + 1] = end;
    if (this.k) this.k[j] = key;
    if (this.c) this.c[j] = comp;
    if (this.w) this.w[j] = share;
    this.length++;
    this.grouped = null;
  }

  private more(): void {
    const n = this.length;
    this.t = this.times.more(n);
    if (this.key) this.k = this.key.more(n);
    if (this.comp) this.c = this.comp.more(n);
    if (this.share) this.w = this.share.more(n);
    this.room = this.t.length / 2;
    this.next = n < SLAB ? n : 0;
  }

  /** The resource index of row i (0 when not per resource). */
  keyAt(i: number): number {
    return this.key ? this.key.at(i) : 0;
  }

  /** The component index of row i (0 without `downtime.of`). */
  compAt(i: number): number {
    return this.comp ? this.comp.at(i) : 0;
  }

  /** The rows of the key with index k (all rows when not per resource), in the order read. */
  columnsOf(k: number): RowColumns {
    const g = this.groups();
    const { offsets } = g;
    const known = k >= 0 && k + 1 < offsets.length;
    const from = known ? offsets[k]! : 0;
    const to = known ? offsets[k + 1]! : 0;
    const start = new Float64Array(to - from);
    const end = new Float64Array(to - from);
    for (let i = from; i < to; i++) {
      start[i - from] = g.times[2 * i]!;
      end[i - from] = g.times[2 * i + 1]!;
    }
    return { start, end, comp: g.comp && g.comp.slice(from, to), share: g.share && g.share.slice(from, to) };
  }

  /** The union of the key's intervals (all rows' when not per resource), merged. */
  unionOf(k: number): Spans {
    const { times, offsets } = this.groups();
    return k < 0 || k + 1 >= offsets.length ? NO_SPANS : union(times, offsets[k]!, offsets[k + 1]!);
  }

  private groups(): Grouped {
    return (this.grouped ??= this.key ? this.group() : this.whole());
  }

  /** All rows as one key's. */
  private whole(): Grouped {
    const n = this.length;
    return {
      offsets: Int32Array.of(0, n),
      times: this.times.flat(n),
      comp: this.comp && this.comp.flat(n),
      share: this.share && this.share.flat(n),
    };
  }

  /**
   * A counting sort of the rows by key, each key's columns copied next to
   * each other in the order read: read in place, a key's rows lie scattered
   * over the whole file, and with 10,000 keys over a million rows the cache
   * misses of reading them there took as long as reading the file.
   */
  private group(): Grouped {
    const keys = this.keys!.names.length;
    const n = this.length;
    const offsets = new Int32Array(keys + 1);
    const keySlabs = this.key!.slabs;
    forSlabs(n, (q, size) => {
      const key = keySlabs[q]!;
      for (let j = 0; j < size; j++) offsets[key[j]! + 1]!++;
    });
    for (let k = 0; k < keys; k++) offsets[k + 1]! += offsets[k]!;
    const next = offsets.slice(0, keys);
    const times = new Float64Array(2 * n);
    const comp = this.comp ? new Int32Array(n) : null;
    const share = this.share ? new Float64Array(n) : null;
    forSlabs(n, (q, size) => {
      const key = keySlabs[q]!;
      const t = this.times.slabs[q]!;
      const c = this.comp ? this.comp.slabs[q]! : null;
      const w = this.share ? this.share.slabs[q]! : null;
      for (let j = 0; j < size; j++) {
        const at = next[key[j]!]!++;
        times[2 * at] = t[2 * j]!;
        times[2 * at + 1] = t[2 * j + 1]!;
        if (comp) comp[at] = c![j]!;
        if (share) share[at] = w![j]!;
      }
    });
    return { offsets, times, comp, share };
  }

  exportState(): IntervalRowsState {
    const n = this.length;
    const copy = <T extends Typed>(column: Column<T> | null): T | null => (column ? (column.flat(n).slice() as T) : null);
    const start = new Float64Array(n);
    const end = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      start[i] = this.times.at(i, 0);
      end[i] = this.times.at(i, 1);
    }
    return {
      keys: this.keys ? [...this.keys.names] : null,
      comps: this.comps ? [...this.comps.names] : null,
      start,
      end,
      key: copy(this.key),
      comp: copy(this.comp),
      share: copy(this.share),
    };
  }

  importState(s: IntervalRowsState): void {
    const keyOf = s.keys && this.keys ? s.keys.map((name) => this.keys!.add(name)) : null;
    const compOf = s.comps && this.comps ? s.comps.map((name) => this.comps!.add(name)) : null;
    for (let i = 0; i < s.start.length; i++) {
      this.push(s.start[i]!, s.end[i]!, keyOf ? keyOf[s.key![i]!]! : 0, compOf ? compOf[s.comp![i]!]! : 0, s.share ? s.share[i]! : 1);
    }
  }
}

/** Calls each(q, size) for the slabs holding the first n rows. */
function forSlabs(n: number, each: (q: number, size: number) => void): void {
  for (let q = 0, at = 0; at < n; q++, at += SLAB) each(q, Math.min(SLAB, n - at));
}

/** The union of the rows [from, to) of `times` (start, end side by side), merged (rows mostly come in time order: sorted only when not). */
function union(times: Float64Array, from: number, to: number): Spans {
  let order: Int32Array | null = null;
  for (let i = from + 1; i < to; i++) {
    if (times[2 * i]! < times[2 * i - 2]!) {
      order = new Int32Array(to - from);
      for (let j = 0; j < order.length; j++) order[j] = from + j;
      order.sort((a, b) => times[2 * a]! - times[2 * b]!);
      break;
    }
  }
  if (scratch.length < 2 * (to - from)) scratch = new Float64Array(2 * (to - from));
  const out = scratch;
  let n = 0;
  let s = 0;
  let e = -Infinity;
  for (let j = from; j < to; j++) {
    const i = order ? order[j - from]! : j;
    const start = times[2 * i]!;
    const end = times[2 * i + 1]!;
    if (start <= e) {
      if (end > e) e = end;
    } else {
      if (e > s) {
        out[n++] = s;
        out[n++] = e;
      }
      s = start;
      e = end;
    }
  }
  if (e > s) {
    out[n++] = s;
    out[n++] = e;
  }
  return out.slice(0, n);
}

/** Where union() merges, before it copies out what it found (one array per key, not two). */
let scratch = new Float64Array(256);
