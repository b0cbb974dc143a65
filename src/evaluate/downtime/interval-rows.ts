import { Keys } from './keys';
import { NO_SPANS, type Spans } from './spans';

/** Rows by key: the order, where each key's rows begin, and their starts and ends in that order. */
interface Grouped {
  order: Int32Array;
  offsets: Int32Array;
  starts: Float64Array;
  ends: Float64Array;
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
 * The intervals a reader kept, column by column (typed arrays that double
 * as they fill): start and end, and when asked for, the resource (`per`),
 * the component (`downtime.of`) and the share (`downtime.weight`) of each.
 */
export class IntervalRows {
  length = 0;
  start = new Float64Array(64);
  end = new Float64Array(64);
  key: Int32Array | null;
  comp: Int32Array | null;
  share: Float64Array | null;
  readonly keys: Keys | null;
  readonly comps: Keys | null;
  private grouped: Grouped | null = null;

  constructor(options: { perKey: boolean; perComp: boolean; shares: boolean }) {
    this.keys = options.perKey ? new Keys('resource') : null;
    this.comps = options.perComp ? new Keys('component') : null;
    this.key = options.perKey ? new Int32Array(64) : null;
    this.comp = options.perComp ? new Int32Array(64) : null;
    this.share = options.shares ? new Float64Array(64) : null;
  }

  push(start: number, end: number, key: number, comp: number, share: number): void {
    const n = this.length;
    if (n === this.start.length) this.grow(2 * n);
    this.start[n] = start;
    this.end[n] = end;
    if (this.key) this.key[n] = key;
    if (this.comp) this.comp[n] = comp;
    if (this.share) this.share[n] = share;
    this.length = n + 1;
    this.grouped = null;
  }

  private grow(size: number): void {
    const more = <T extends Float64Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(size);
      b.set(a);
      return b;
    };
    this.start = more(this.start);
    this.end = more(this.end);
    if (this.key) this.key = more(this.key);
    if (this.comp) this.comp = more(this.comp);
    if (this.share) this.share = more(this.share);
  }

  /** The rows of the key with index k (all rows when not per resource), in the order read. */
  rowsOf(k: number): Int32Array {
    if (!this.key) {
      const all = new Int32Array(this.length);
      for (let i = 0; i < all.length; i++) all[i] = i;
      return all;
    }
    const { order, offsets } = this.groups();
    return k < 0 || k + 1 >= offsets.length ? new Int32Array(0) : order.subarray(offsets[k]!, offsets[k + 1]!);
  }

  /** The union of the key's intervals (all rows' when not per resource), merged. */
  unionOf(k: number): Spans {
    if (!this.key) return union(this.start, this.end, 0, this.length);
    const { starts, ends, offsets } = this.groups();
    return k < 0 || k + 1 >= offsets.length ? NO_SPANS : union(starts, ends, offsets[k]!, offsets[k + 1]!);
  }

  private groups(): Grouped {
    return (this.grouped ??= this.group());
  }

  /**
   * A counting sort of the rows by key, with each key's starts and ends
   * copied next to each other: read in place, a key's rows lie scattered
   * over the whole file, and with 10,000 keys over a million rows the cache
   * misses of reading them there took as long as reading the file.
   */
  private group(): Grouped {
    const keys = this.keys!.names.length;
    const offsets = new Int32Array(keys + 1);
    const key = this.key!;
    const n = this.length;
    for (let i = 0; i < n; i++) offsets[key[i]! + 1]!++;
    for (let k = 0; k < keys; k++) offsets[k + 1]! += offsets[k]!;
    const next = offsets.slice(0, keys);
    const order = new Int32Array(n);
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const at = next[key[i]!]!++;
      order[at] = i;
      starts[at] = this.start[i]!;
      ends[at] = this.end[i]!;
    }
    return { order, offsets, starts, ends };
  }

  exportState(): IntervalRowsState {
    const n = this.length;
    return {
      keys: this.keys ? [...this.keys.names] : null,
      comps: this.comps ? [...this.comps.names] : null,
      start: this.start.slice(0, n),
      end: this.end.slice(0, n),
      key: this.key ? this.key.slice(0, n) : null,
      comp: this.comp ? this.comp.slice(0, n) : null,
      share: this.share ? this.share.slice(0, n) : null,
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

/** The union of the rows [from, to), merged (rows mostly come in time order: sorted only when not). */
function union(start: Float64Array, end: Float64Array, from: number, to: number): Spans {
  let order: Int32Array | null = null;
  for (let i = from + 1; i < to; i++) {
    if (start[i]! < start[i - 1]!) {
      order = new Int32Array(to - from);
      for (let j = 0; j < order.length; j++) order[j] = from + j;
      order.sort((a, b) => start[a]! - start[b]!);
      break;
    }
  }
  const out = new Float64Array(2 * (to - from));
  let n = 0;
  let s = 0;
  let e = -Infinity;
  for (let j = from; j < to; j++) {
    const i = order ? order[j - from]! : j;
    if (start[i]! <= e) {
      if (end[i]! > e) e = end[i]!;
    } else {
      if (e > s) {
        out[n++] = s;
        out[n++] = e;
      }
      s = start[i]!;
      e = end[i]!;
    }
  }
  if (e > s) {
    out[n++] = s;
    out[n++] = e;
  }
  return n === out.length ? out : out.slice(0, n);
}
