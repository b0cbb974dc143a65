import { clip, intersect, subtract, totalLength, union, type Calendar, type Interval } from '../../time';
import { RowError } from '../../rows';
import type { KindContext, MetricRun, Outcome } from './kind';
import { noData, percentOf, requireRole } from './kind';

/** Downtime D and window time W of one measured span, in ms. */
export function downtime(
  down: readonly Interval[],
  window: Calendar,
  excluded: Calendar | null,
  start: number,
  end: number,
): { w: number; d: number } {
  if (end <= start) return { w: 0, d: 0 };
  const windows = window.windows(start, end);
  let inside = intersect(union(clip(down, start, end)), windows);
  if (excluded && inside.length > 0) inside = subtract(inside, excluded.windows(start, end));
  return { w: totalLength(windows), d: totalLength(inside) };
}

export function availabilityOutcome(w: number, d: number, extra: Outcome['counts'] = {}): Outcome {
  const counts = { windowSeconds: w / 1000, downtimeSeconds: d / 1000, ...extra };
  return w === 0 ? noData(counts) : percentOf(w - d, w, counts);
}

/**
 * `availability` over intervals: the union of matching rows' intervals,
 * clipped to each period and its window, minus excluded time. Keeps the
 * intervals of matching rows within the range (few).
 */
export function availabilityIntervals(ctx: KindContext): MetricRun {
  const { source, periods, match, asOf, range } = ctx;
  const startCol = requireRole(ctx, source, 'start');
  const endCol = requireRole(ctx, source, 'end');
  const down: Interval[] = [];

  let s = 0;
  let e = 0;
  source.consumers.push({
    take(cells) {
      if (match && !match(cells)) return false;
      s = source.time(cells, startCol);
      if (Number.isNaN(s)) return false;
      e = source.time(cells, endCol);
      if (Number.isNaN(e)) e = asOf;
      else if (e < s) throw new RowError(endCol, 'end is before start');
      return e > s && e > range.start && s < range.end;
    },
    apply() {
      down.push([s, e]);
    },
  });

  return {
    unit: '%',
    finish(): Outcome[] {
      const all = union(down);
      const out: Outcome[] = [];
      // Periods come in time order, so each sees only the downtime that meets it
      // (clipping all of it for each of 36,525 days was periods × incidents).
      let first = 0;
      for (let i = 0; i < periods.length; i++) {
        const start = periods.starts[i]!;
        const end = periods.ends[i]!;
        while (first < all.length && all[first]![1] <= start) first++;
        let last = first;
        while (last < all.length && all[last]![0] < end) last++;
        const { w, d } = downtime(all.slice(first, last), ctx.window, ctx.excluded, start, end);
        out.push(availabilityOutcome(w, d));
      }
      return out;
    },
    exportState(): Float64Array {
      return Float64Array.from(down.flat());
    },
    importState(state) {
      const flat = state as Float64Array;
      for (let k = 0; k < flat.length; k += 2) down.push([flat[k]!, flat[k + 1]!]);
    },
  };
}
