import { InputError } from '../../core/errors';
import { parseDuration } from '../../time';
import { parseCondition, holds } from '../target';
import type { KindContext, MetricRun, Outcome } from './kind';
import { requireRole } from './kind';
import { availabilityOutcome, downtime } from './availability-intervals';

/**
 * `availability` with `slice` and `downWhen` over events or counts: each
 * period is cut into slices from its start; a slice is down when its share of
 * good rows satisfies `downWhen`, up when it holds no rows or Σtotal is 0.
 * Two counters per slice, so memory does not grow with rows.
 */
export function availabilitySlices(ctx: KindContext): MetricRun {
  const { source, periods, match, metric } = ctx;
  const slice = parseDuration(metric.slice ?? '');
  if (slice === null || slice <= 0) throw new InputError(`metric '${metric.id}': slice '${metric.slice}' is not a duration`);
  const downWhen = parseCondition(metric.downWhen ?? '');
  if (!downWhen) throw new InputError(`metric '${metric.id}': downWhen '${metric.downWhen ?? ''}' is not a condition like "< 95%"`);
  const timeCol = requireRole(ctx, source, 'time');
  const counts = source.def.kind === 'counts';
  const goodCol = counts ? requireRole(ctx, source, 'good') : -1;
  const totalCol = counts ? requireRole(ctx, source, 'total') : -1;
  const isGood = ctx.good;
  const n = periods.length;
  const good: (Float64Array | null)[] = new Array(n).fill(null);
  const total: (Float64Array | null)[] = new Array(n).fill(null);
  const sliceCount = (i: number): number => Math.max(0, Math.ceil((periods.ends[i]! - periods.starts[i]!) / slice));

  let i = -1;
  let k = 0;
  let addGood = 0;
  let addTotal = 0;
  source.consumers.push({
    take(fields) {
      if (match && !match(fields)) return false;
      const t = source.time(fields, timeCol);
      i = periods.find(t);
      if (i < 0) return false;
      k = Math.floor((t - periods.starts[i]!) / slice);
      if (counts) {
        addGood = source.number(fields, goodCol);
        addTotal = source.number(fields, totalCol);
      } else {
        addGood = !isGood || isGood(fields) ? 1 : 0;
        addTotal = 1;
      }
      return true;
    },
    apply() {
      let g = good[i];
      let tot = total[i];
      if (!g || !tot) {
        g = good[i] = new Float64Array(sliceCount(i));
        tot = total[i] = new Float64Array(sliceCount(i));
      }
      g[k] += addGood;
      tot[k] += addTotal;
    },
  });

  return {
    unit: '%',
    finish(): Outcome[] {
      const out: Outcome[] = [];
      for (let i = 0; i < n; i++) {
        const start = periods.starts[i]!;
        const end = periods.ends[i]!;
        const slices = sliceCount(i);
        const g = good[i];
        const tot = total[i];
        const down: [number, number][] = [];
        let empty = 0;
        let downSlices = 0;
        for (let k = 0; k < slices; k++) {
          const t = tot ? tot[k]! : 0;
          if (t === 0) {
            empty++;
            continue;
          }
          if (!holds(downWhen, { num: g![k]!, den: t, scale: 100 }, '%')) continue;
          downSlices++;
          const s = start + k * slice;
          const e = Math.min(s + slice, end);
          const last = down[down.length - 1];
          if (last && last[1] === s) last[1] = e;
          else down.push([s, e]);
        }
        const { w, d } = downtime(down, ctx.window, ctx.excluded, start, end);
        out.push(availabilityOutcome(w, d, { slices, emptySlices: empty, downSlices }));
      }
      return out;
    },
  };
}
