import { largestValue, totalLength, union, type Interval, type Valued } from '../../time';
import type { Down } from './down';
import { compareShares, ExactDuration, WHOLE, type Share } from './share';

/** A resource's downtime, every source joined: maximal stretches, and the shares within them where not whole. */
export interface Joined {
  /** Sorted, disjoint, maximal (touching downtime is one stretch). */
  stretches: Interval[];
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
  let stretches: Interval[];
  if (!partial) stretches = downs.length === 1 ? downs[0]!.intervals : union(downs.flatMap((d) => d.intervals));
  else {
    const pieces = downs.flatMap((d) => d.shares ?? d.intervals.map(([s, e]): Valued<Share> => [s, e, WHOLE]));
    shares = downs.length === 1 ? downs[0]!.shares : largestValue(pieces, compareShares);
    stretches = union(shares!.map(([s, e]): Interval => [s, e]));
  }
  if (minimum > 0) {
    stretches = stretches.filter(([s, e]) => e - s >= minimum);
    if (shares) shares = within(shares, stretches);
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
    for (let k = firstEndingAfter(stretches, from); k < stretches.length && stretches[k]![0] < to; k++) {
      const [s, e] = stretches[k]!;
      let down: ExactDuration | number;
      if (!shares) down = overlap.length(s, e);
      else {
        const x = new ExactDuration();
        while (p < shares.length && shares[p]![1] <= s) p++;
        for (; p < shares.length && shares[p]![0] < e; p++) x.add(overlap.length(shares[p]![0], shares[p]![1]), shares[p]![2]);
        down = x;
      }
      if (unit > 0) down = typeof down === 'number' ? Math.floor(down / unit) * unit : down.floorTo(unit);
      if (typeof down === 'number' ? down === 0 : down.value === 0) continue;
      if (typeof down === 'number') d.add(down);
      else d.addDuration(down);
      incidents++;
      firstIncidentEnd ??= e;
    }
  }
  return { w: totalLength(measured), d, incidents, firstIncidentEnd };
}

function firstEndingAfter(list: readonly Interval[], t: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![1] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
