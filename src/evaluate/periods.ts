import type { Period } from '../time';

/**
 * A metric's periods within the evaluated range, each measured up to its end
 * or --as-of, whichever is earlier. `find` locates an instant's period fast:
 * rows mostly arrive in time order, so the last hit is tried first.
 */
export class PeriodSet {
  readonly starts: Float64Array;
  /** Measured ends: min(end, asOf), never before the start. */
  readonly ends: Float64Array;
  private last = 0;

  constructor(
    readonly periods: readonly Period[],
    readonly asOf: number,
  ) {
    const n = periods.length;
    this.starts = new Float64Array(n);
    this.ends = new Float64Array(n);
    periods.forEach((p, i) => {
      this.starts[i] = p.start;
      this.ends[i] = Math.max(p.start, Math.min(p.end, asOf));
    });
  }

  get length(): number {
    return this.periods.length;
  }

  partial(i: number): boolean {
    return this.periods[i]!.end > this.asOf;
  }

  /** Index of the period whose measured span holds t, else -1. */
  find(t: number): number {
    const starts = this.starts;
    const ends = this.ends;
    let i = this.last;
    if (i < starts.length && t >= starts[i]! && t < ends[i]!) return i;
    let lo = 0;
    let hi = starts.length - 1;
    if (hi < 0 || !(t >= starts[0]!)) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    i = lo;
    if (t >= ends[i]!) return -1;
    this.last = i;
    return i;
  }
}
