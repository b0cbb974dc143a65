import { InputError } from '../../core/errors';
import { parseDuration } from '../../time';
import type { Fraction } from '../decimal';
import { ExactSums, type ExactSumsState } from '../exact-sums';
import { parseCondition } from '../../core/condition';
import { holds } from '../target';
import type { KindContext, MetricRun, Outcome, RunOutcomes } from './kind';
import { requireRole, whole } from './kind';
import { availabilityOutcome, downtime } from './availability-intervals';
import { CountsRow } from './counts-row';

/** Good and total rows of each slice of a period (events), or exact Σgood and Σtotal (counts). */
type SliceCounts = { good: Float64Array; total: Float64Array } | { good: ExactSums; total: ExactSums };
type SliceState = { good: Float64Array; total: Float64Array } | { good: ExactSumsState; total: ExactSumsState };

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
  const row = counts ? new CountsRow(source, requireRole(ctx, source, 'good'), requireRole(ctx, source, 'total')) : null;
  const isGood = ctx.good;
  const n = periods.length;
  const slices: (SliceCounts | null)[] = new Array(n).fill(null);
  const sliceCount = (i: number): number => Math.max(0, Math.ceil((periods.ends[i]! - periods.starts[i]!) / slice));
  const countsOf = (i: number): SliceCounts => {
    const k = sliceCount(i);
    return (slices[i] ??= counts ? { good: new ExactSums(k), total: new ExactSums(k) } : { good: new Float64Array(k), total: new Float64Array(k) });
  };

  let i = -1;
  let k = 0;
  let addGood = 0;
  source.consumers.push({
    take(cells) {
      if (match && !match(cells)) return false;
      const t = source.time(cells, timeCol);
      i = periods.find(t);
      if (i < 0) return false;
      k = Math.floor((t - periods.starts[i]!) / slice);
      if (row) row.read(cells);
      else addGood = !isGood || isGood(cells) ? 1 : 0;
      return true;
    },
    apply: row
      ? () => {
          const c = countsOf(i) as { good: ExactSums; total: ExactSums };
          row.addTo(c.good, c.total, k);
        }
      : () => {
          const c = countsOf(i) as { good: Float64Array; total: Float64Array };
          c.good[k] += addGood;
          c.total[k]++;
        },
  });

  /** The share of good rows in slice k, or null when the slice is up for want of rows. */
  function share(c: SliceCounts | null, k: number): Fraction | null {
    if (!c) return null;
    if (c.good instanceof ExactSums) {
      const total = c.total as ExactSums;
      if (total.sign(k) === 0) return null;
      return { num: c.good.value(k), den: total.value(k), scale: 100, exactNum: c.good.exact(k), exactDen: total.exact(k) };
    }
    const t = (c.total as Float64Array)[k]!;
    return t === 0 ? null : { num: c.good[k]!, den: t, scale: 100 };
  }

  return {
    unit: '%',
    finish(): RunOutcomes {
      const out: Outcome[] = [];
      for (let i = 0; i < n; i++) {
        const start = periods.starts[i]!;
        const end = periods.ends[i]!;
        const count = sliceCount(i);
        const down: [number, number][] = [];
        let empty = 0;
        let downSlices = 0;
        for (let k = 0; k < count; k++) {
          const f = share(slices[i] ?? null, k);
          if (!f) {
            empty++;
            continue;
          }
          if (!holds(downWhen, f, '%')) continue;
          downSlices++;
          const s = start + k * slice;
          const e = Math.min(s + slice, end);
          const last = down[down.length - 1];
          if (last && last[1] === s) last[1] = e;
          else down.push([s, e]);
        }
        const { w, d } = downtime(down, ctx.window, ctx.excluded, start, end);
        out.push(availabilityOutcome(w, d, { slices: count, emptySlices: empty, downSlices }));
      }
      return whole(out);
    },
    exportState(): (SliceState | null)[] {
      return slices.map((c) => {
        if (!c) return null;
        if (c.good instanceof ExactSums) return { good: c.good.exportState(), total: (c.total as ExactSums).exportState() };
        return { good: c.good.slice(), total: (c.total as Float64Array).slice() };
      });
    },
    importState(state) {
      (state as (SliceState | null)[]).forEach((s, i) => {
        if (!s) return;
        const c = countsOf(i);
        if (c.good instanceof ExactSums) {
          c.good.importState(s.good as ExactSumsState);
          (c.total as ExactSums).importState(s.total as ExactSumsState);
        } else {
          const g = s.good as Float64Array;
          const t = s.total as Float64Array;
          for (let k = 0; k < g.length; k++) {
            c.good[k] += g[k]!;
            (c.total as Float64Array)[k] += t[k]!;
          }
        }
      });
    },
  };
}
