import { Keys } from './keys';

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
  private grouped: { order: Int32Array; offsets: Int32Array } | null = null;

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
    if (!this.key) return Int32Array.from({ length: this.length }, (_, i) => i);
    if (!this.grouped) this.grouped = this.group();
    const { order, offsets } = this.grouped;
    return k < 0 || k + 1 >= offsets.length ? new Int32Array(0) : order.subarray(offsets[k]!, offsets[k + 1]!);
  }

  /** A counting sort of the rows by key. */
  private group(): { order: Int32Array; offsets: Int32Array } {
    const keys = this.keys!.names.length;
    const offsets = new Int32Array(keys + 1);
    const key = this.key!;
    for (let i = 0; i < this.length; i++) offsets[key[i]! + 1]!++;
    for (let k = 0; k < keys; k++) offsets[k + 1]! += offsets[k]!;
    const next = offsets.slice(0, keys);
    const order = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) order[next[key[i]!]!++] = i;
    return { order, offsets };
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
