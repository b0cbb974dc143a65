import { largestValue, totalLength, union, type Interval, type Valued } from '../../time';
import { coveredBy, intervalsOf, spansOf, type Spans } from './spans';
import type { Down } from './down';
import { compareShares, ExactDuration, WHOLE, type Share } from './share';

/** A resource's downtime, every source joined: maximal stretches, and the shares within them where not whole. */
export interface Joined {
  /** Maximal stretches (touching downtime is one stretch). */
  stretches: Spans;
  /** Sorted pieces that do not overlap, each within a stretch; null when all downtime is whole. */
  shares: Valued<Share>[] | null;
}

/**
 * Joins sources of downtime: an instant is down when any says so, by the
 * largest share where shares meet (a signal's downtime is whole). Stretches
 * shorter than `minimum` are dropped, before any clipping to periods.
 */
export function join(downs: readonly Down[], minimum: number): Joined {
  const partial = downs.some((d) => d.shares !== null);
  let shares: Valued<Share>[] | null = null;
  let stretches: Spans;
  if (!partial) stretches = downs.length === 1 ? downs[0]!.spans : spansOf(union(downs.flatMap((d) => intervalsOf(d.spans))));
  else {
    const pieces = downs.flatMap((d) => d.shares ?? intervalsOf(d.spans).map(([s, e]): Valued<Share> => [s, e, WHOLE]));
    shares = downs.length === 1 ? downs[0]!.shares : largestValue(pieces, compareShares);
    stretches = spansOf(coveredBy(shares!));
  }
  if (minimum > 0) {
    const kept: Interval[] = [];
    for (let k = 0; k < stretches.length; k += 2) if (stretches[k + 1]! - stretches[k]! >= minimum) kept.push([stretches[k]!, stretches[k + 1]!]);
    if (2 * kept.length < stretches.length) {
      stretches = spansOf(kept);
      if (shares) shares = within(shares, kept);
    }
  }
  return { stretches, shares };
}

/** The pieces that lie in the (sorted, disjoint) stretches. */
function within(pieces: Valued<Share>[], stretches: Interval[]): Valued<Share>[] {
  let j = 0;
  return pieces.filter(([s]) => {
    while (j < stretches.length && stretches[j]![1] <= s) j++;
    return j < stretches.length && stretches[j]![0] <= s;
  });
}

/** What a period measured: W, D, and the incidents behind D. */
export interface PeriodMeasure {
  /** Window time W in ms. */
  w: number;
  /** Downtime D in ms, exactly. */
  d: ExactDuration;
  incidents: number;
  /** End of the first incident (UTC ms), or null. */
  firstIncidentEnd: number | null;
}

/**
 * W and D of a period: W is the measured time (window, deployed, less time
 * out of the window), D each stretch's downtime in the counted time
 * (measured, less excluded downtime), by shares, rounded down to whole
 * units when `unit` is set. An incident is a stretch with downtime counted.
 */
export function measurePeriod(joined: Joined, measured: readonly Interval[], counted: readonly Interval[], unit: number): PeriodMeasure {
  const d = new ExactDuration();
  let incidents = 0;
  let firstIncidentEnd: number | null = null;
  const { stretches, shares } = joined;
  if (counted.length > 0 && stretches.length > 0) {
    const from = counted[0]![0];
    const to = counted[counted.length - 1]![1];
    const overlap = new Overlap(counted);
    let p = 0;
    for (let k = firstEndingAfter(stretches, from); k < stretches.length && stretches[k]! < to; k += 2) {
      const s = stretches[k]!;
      const e = stretches[k + 1]!;
      if (!shares) {
        let down = overlap.length(s, e);
        if (unit > 0) down = Math.floor(down / unit) * unit;
        if (down === 0) continue;
        d.add(down);
      } else {
        const x = new ExactDuration();
        while (p < shares.length && shares[p]![1] <= s) p++;
        for (; p < shares.length && shares[p]![0] < e; p++) x.add(overlap.length(shares[p]![0], shares[p]![1]), shares[p]![2]);
        if (unit > 0) {
          const whole = x.floorTo(unit);
          if (whole === 0) continue;
          d.add(whole);
        } else {
          if (x.value === 0) continue;
          d.addDuration(x);
        }
      }
      incidents++;
      firstIncidentEnd ??= e;
    }
  }
  return { w: totalLength(measured), d, incidents, firstIncidentEnd };
}

/** The index (even) of the first stretch that ends after t. */
function firstEndingAfter(spans: Spans, t: number): number {
  let lo = 0;
  let hi = spans.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[2 * mid + 1]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo;
}

/** Lengths of overlap with a sorted, disjoint list, asked for spans in time order. */
class Overlap {
  private j = 0;
  constructor(private readonly list: readonly Interval[]) {}

  length(s: number, e: number): number {
    const list = this.list;
    while (this.j < list.length && list[this.j]![1] <= s) this.j++;
    let sum = 0;
    for (let k = this.j; k < list.length && list[k]![0] < e; k++) sum += Math.min(e, list[k]![1]) - Math.max(s, list[k]![0]);
    return sum;
  }
}
