import { cmp } from '../../core/decimal';
import { inclusive, pointsUp, type Condition } from '../../core/condition';
import type { Tier } from './tiers';

/**
 * Same-direction conditions ordered from strictest to loosest: `< 95%` before
 * `< 99%` before `<= 99%`. For conditions that point the same way,
 * `looseness(a, b) < 0` exactly when `within(a, b) && !within(b, a)`, and 0
 * when each is within the other (the same condition).
 */
export function looseness(a: Condition, b: Condition): number {
  const order = cmp(a.scaled, b.scaled);
  if (order !== 0) return pointsUp(b) ? -order : order;
  return Number(inclusive(a)) - Number(inclusive(b));
}

export interface TierVerdict {
  /** The first earlier tier with the same condition. */
  twin?: Tier;
  /** The first strictly looser tier whose credit is at least this tier's. */
  looser?: Tier;
}

/**
 * For each tier (same direction, in number order), its twin and its looser
 * tier as credit-tier-monotonic reports them, in O(n log n): tiers are
 * sorted by looseness and swept from the loosest, with a Fenwick tree that
 * gives the first tier (lowest number) among those already seen whose credit
 * is at least a given one. Comparing every pair took 60 s for 10,000 tiers.
 */
export function tierVerdicts(tiers: readonly Tier[]): TierVerdict[] {
  const n = tiers.length;
  const verdicts: TierVerdict[] = tiers.map(() => ({}));
  const order = tiers.map((_, i) => i).sort((a, b) => looseness(tiers[a]!.when, tiers[b]!.when) || a - b);
  // Credits ranked from largest (0) down; equal credits share a rank.
  const withCredit = tiers.map((_, i) => i).filter((i) => tiers[i]!.credit);
  withCredit.sort((a, b) => cmp(tiers[b]!.credit!, tiers[a]!.credit!));
  const rank = new Int32Array(n).fill(-1);
  let ranks = 0;
  withCredit.forEach((i, k) => {
    if (k > 0 && cmp(tiers[i]!.credit!, tiers[withCredit[k - 1]!]!.credit!) !== 0) ranks++;
    rank[i] = ranks;
  });
  const tree = new FirstAmongPrefix(ranks + 1);
  for (let end = n; end > 0; ) {
    let start = end - 1;
    while (start > 0 && looseness(tiers[order[start - 1]!]!.when, tiers[order[end - 1]!]!.when) === 0) start--;
    const group = order.slice(start, end);
    const first = group.reduce((a, b) => Math.min(a, b));
    for (const i of group) {
      if (i !== first) verdicts[i]!.twin = tiers[first];
      else if (rank[i]! >= 0) {
        const j = tree.first(rank[i]!);
        if (j >= 0) verdicts[i]!.looser = tiers[j];
      }
    }
    for (const i of group) if (rank[i]! >= 0) tree.add(rank[i]!, i);
    end = start;
  }
  return verdicts;
}

/** The smallest index added at any rank 0..r (a Fenwick tree of minimums). */
class FirstAmongPrefix {
  private readonly min: Int32Array;
  constructor(size: number) {
    this.min = new Int32Array(size + 1).fill(0x7fffffff);
  }
  add(rank: number, index: number): void {
    for (let k = rank + 1; k < this.min.length; k += k & -k) if (index < this.min[k]!) this.min[k] = index;
  }
  first(rank: number): number {
    let best = 0x7fffffff;
    for (let k = rank + 1; k > 0; k -= k & -k) if (this.min[k]! < best) best = this.min[k]!;
    return best === 0x7fffffff ? -1 : best;
  }
}
