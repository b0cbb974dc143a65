import { dec, type Dec, type Fraction } from '../decimal';
import { ExactSums, type ExactSumsState } from '../exact-sums';

/** Good and total rows of each slice of a period (events), or exact Σgood and Σtotal (counts). */
type Counters = { good: Float64Array; total: Float64Array } | { good: ExactSums; total: ExactSums };
export type SliceCountsState = { good: Float64Array; total: Float64Array } | { good: ExactSumsState; total: ExactSumsState };

/**
 * The counters of one period's slices: two per slice, so memory does not
 * grow with rows. Events count rows (doubles hold the counts exactly); counts
 * sum the good and total cells exactly.
 */
export class SliceCounts {
  private readonly c: Counters;

  constructor(
    readonly length: number,
    exact: boolean,
  ) {
    this.c = exact ? { good: new ExactSums(length), total: new ExactSums(length) } : { good: new Float64Array(length), total: new Float64Array(length) };
  }

  /** The exact sums, for a counts row to add to (CountsRow.addTo). */
  get sums(): { good: ExactSums; total: ExactSums } {
    return this.c as { good: ExactSums; total: ExactSums };
  }

  /** Adds one event row to slice k. */
  addRow(k: number, good: number): void {
    const c = this.c as { good: Float64Array; total: Float64Array };
    c.good[k] += good;
    c.total[k]++;
  }

  /** Adds what an engine counted in slice k (--aggregates): rows and good rows (events), or Σgood and Σtotal (counts). */
  addCounted(k: number, good: Dec, total: Dec): void {
    const c = this.c;
    if (c.good instanceof ExactSums) {
      c.good.addDec(k, good);
      (c.total as ExactSums).addDec(k, total);
      return;
    }
    c.good[k] += Number(good.m) / 10 ** good.e;
    (c.total as Float64Array)[k] += Number(total.m) / 10 ** total.e;
  }

  /** The share of good rows in slice k (scale 100), or null when it has no rows or Σtotal is 0. */
  share(k: number): Fraction | null {
    const c = this.c;
    if (c.good instanceof ExactSums) {
      const total = c.total as ExactSums;
      if (total.sign(k) === 0) return null;
      return { num: c.good.value(k), den: total.value(k), scale: 100, exactNum: c.good.exact(k), exactDen: total.exact(k) };
    }
    const t = (c.total as Float64Array)[k]!;
    return t === 0 ? null : { num: c.good[k]!, den: t, scale: 100 };
  }

  /** Σgood and Σtotal of slice k exactly. */
  exact(k: number): { good: Dec; total: Dec } {
    const c = this.c;
    if (c.good instanceof ExactSums) return { good: c.good.total(k), total: (c.total as ExactSums).total(k) };
    return { good: dec(c.good[k]!), total: dec((c.total as Float64Array)[k]!) };
  }

  exportState(): SliceCountsState {
    const c = this.c;
    if (c.good instanceof ExactSums) return { good: c.good.exportState(), total: (c.total as ExactSums).exportState() };
    return { good: c.good.slice(), total: (c.total as Float64Array).slice() };
  }

  importState(s: SliceCountsState): void {
    const c = this.c;
    if (c.good instanceof ExactSums) {
      c.good.importState(s.good as ExactSumsState);
      (c.total as ExactSums).importState(s.total as ExactSumsState);
      return;
    }
    const g = s.good as Float64Array;
    const t = s.total as Float64Array;
    const total = c.total as Float64Array;
    for (let k = 0; k < g.length; k++) {
      c.good[k] += g[k]!;
      total[k] += t[k]!;
    }
  }
}
