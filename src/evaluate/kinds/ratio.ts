import { quotientToNumber, type Dec } from '../decimal';
import { ExactSums, type ExactSumsState } from '../exact-sums';
import { exact, period, whole as count } from '../aggregates/values';
import { CountsRow } from './counts-row';
import type { Outcome, KindContext, MetricRun, RunOutcomes } from './kind';
import { noData, percentOf, requireRole, whole } from './kind';

interface RatioState {
  good: Float64Array;
  total: Float64Array;
  rows: Float64Array;
  goodSums: ExactSumsState | null;
  totalSums: ExactSumsState | null;
}

/** 100 × g / t as the nearest double, t ≠ 0. */
export function exactPercent(g: Dec, t: Dec): number {
  return quotientToNumber(100n * g.m * 10n ** BigInt(t.e), t.m * 10n ** BigInt(g.e));
}

/**
 * `ratio`: over events, the share of matching rows that are also `good`;
 * over counts, Σgood / Σtotal, summed exactly. Counters per period only.
 */
export function ratio(ctx: KindContext): MetricRun {
  const { source, periods, match } = ctx;
  const n = periods.length;
  const good = new Float64Array(n);
  const total = new Float64Array(n);
  const rows = new Float64Array(n);
  const timeCol = requireRole(ctx, source, 'time');
  const counts = source.def.kind === 'counts';
  const goodSums = counts ? new ExactSums(n) : null;
  const totalSums = counts ? new ExactSums(n) : null;
  let p = -1;
  let g = 0;

  if (goodSums && totalSums) {
    const row = new CountsRow(source, requireRole(ctx, source, 'good'), requireRole(ctx, source, 'total'));
    source.consumers.push({
      take(cells) {
        if (match && !match(cells)) return false;
        p = periods.find(source.time(cells, timeCol));
        if (p < 0) return false;
        row.read(cells);
        return true;
      },
      apply() {
        row.addTo(goodSums, totalSums, p);
        rows[p]++;
      },
    });
  } else {
    const isGood = ctx.good;
    source.consumers.push({
      take(cells) {
        if (match && !match(cells)) return false;
        p = periods.find(source.time(cells, timeCol));
        if (p < 0) return false;
        g = !isGood || isGood(cells) ? 1 : 0;
        return true;
      },
      apply() {
        total[p]++;
        good[p] += g;
      },
    });
  }

  function countsOutcome(i: number, gs: ExactSums, ts: ExactSums): Outcome {
    const c = { good: gs.value(i), total: ts.value(i), rows: rows[i]! };
    if (ts.sign(i) === 0) return noData(c);
    const exactNum = gs.total(i);
    const exactDen = ts.total(i);
    return { value: exactPercent(exactNum, exactDen), exact: { num: c.good, den: c.total, scale: 100, exactNum, exactDen }, counts: c };
  }

  return {
    unit: '%',
    finish(): RunOutcomes {
      const out: Outcome[] = [];
      for (let i = 0; i < n; i++) {
        if (goodSums && totalSums) out.push(countsOutcome(i, goodSums, totalSums));
        else out.push(total[i] === 0 ? noData({ good: good[i]!, total: total[i]! }) : percentOf(good[i]!, total[i]!, { good: good[i]!, total: total[i]! }));
      }
      return whole(out);
    },
    exportState(): RatioState {
      return {
        good: good.slice(),
        total: total.slice(),
        rows: rows.slice(),
        goodSums: goodSums?.exportState() ?? null,
        totalSums: totalSums?.exportState() ?? null,
      };
    },
    importState(state) {
      const s = state as RatioState;
      for (let i = 0; i < n; i++) {
        good[i] += s.good[i]!;
        total[i] += s.total[i]!;
        rows[i] += s.rows[i]!;
      }
      goodSums?.importState(s.goodSums!);
      totalSums?.importState(s.totalSums!);
    },
    importAggregates(list) {
      for (const row of list) {
        const i = period(row, n);
        if (goodSums && totalSums) {
          rows[i] += count(row, 'row_count');
          goodSums.addDec(i, exact(row, 'good'));
          totalSums.addDec(i, exact(row, 'total'));
        } else {
          total[i] += count(row, 'row_count');
          good[i] += Number(exact(row, 'good').m);
        }
      }
    },
  };
}
