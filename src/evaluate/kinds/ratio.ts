import type { Outcome, KindContext, MetricRun } from './kind';
import { noData, percentOf, requireRole } from './kind';

/**
 * `ratio`: over events, the share of matching rows that are also `good`;
 * over counts, Σgood / Σtotal. Counters per period only.
 */
export function ratio(ctx: KindContext): MetricRun {
  const { source, periods, match } = ctx;
  const n = periods.length;
  const good = new Float64Array(n);
  const total = new Float64Array(n);
  const rows = new Float64Array(n);
  const timeCol = requireRole(ctx, source, 'time');
  const counts = source.def.kind === 'counts';
  let p = -1;
  let g = 0;
  let t = 0;

  if (counts) {
    const goodCol = requireRole(ctx, source, 'good');
    const totalCol = requireRole(ctx, source, 'total');
    source.consumers.push({
      take(fields) {
        if (match && !match(fields)) return false;
        p = periods.find(source.time(fields, timeCol));
        if (p < 0) return false;
        g = source.number(fields, goodCol);
        t = source.number(fields, totalCol);
        return true;
      },
      apply() {
        good[p] += g;
        total[p] += t;
        rows[p]++;
      },
    });
  } else {
    const isGood = ctx.good;
    source.consumers.push({
      take(fields) {
        if (match && !match(fields)) return false;
        p = periods.find(source.time(fields, timeCol));
        if (p < 0) return false;
        g = !isGood || isGood(fields) ? 1 : 0;
        return true;
      },
      apply() {
        total[p]++;
        good[p] += g;
      },
    });
  }

  return {
    unit: '%',
    finish(): Outcome[] {
      const out: Outcome[] = [];
      for (let i = 0; i < n; i++) {
        const c = counts ? { good: good[i]!, total: total[i]!, rows: rows[i]! } : { good: good[i]!, total: total[i]! };
        out.push(total[i] === 0 ? noData(c) : percentOf(good[i]!, total[i]!, c));
      }
      return out;
    },
  };
}
