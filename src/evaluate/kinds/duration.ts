import { InputError } from '../../core/errors';
import { clip, parseDuration, union, type Calendar, type Interval } from '../../time';
import { RowError } from '../../rows';
import type { KindContext, MetricRun, RunOutcomes } from './kind';
import { percentOf, requireRole, whole } from './kind';

interface Items {
  from: number[];
  /** NaN while open. */
  to: number[];
  id: string[];
  /** Time the item's clock stood still by its `paused` cell (0 without one). */
  paused: number[];
}

interface DurationState {
  items: { from: Float64Array; to: Float64Array; id: string[]; paused: Float64Array }[];
  pauseIds: string[];
  /** Per id, its pauses as start, end pairs. */
  pauses: Float64Array[];
}

/** Push without spreading (no argument-count limit). */
function append<T>(to: T[], from: ArrayLike<T>): void {
  for (let k = 0; k < from.length; k++) to.push(from[k]!);
}

function pausedTime(pauses: readonly number[] | undefined, window: Calendar, from: number, to: number): number {
  if (!pauses) return 0;
  const list: Interval[] = [];
  for (let k = 0; k < pauses.length; k += 2) list.push([pauses[k]!, pauses[k + 1]!]);
  let sum = 0;
  for (const [a, b] of union(clip(list, from, to))) sum += window.windowTime(a, b);
  return sum;
}

/**
 * `duration`: an item counts in the period its `from` falls in; its elapsed
 * time is window time from `from` to `to` minus its paused window time. An
 * item still open (no `to`, or `to` after --as-of) is measured up to the end
 * of the range or --as-of: breached once over `within`, else pending.
 */
export function duration(ctx: KindContext): MetricRun {
  const { source, periods, match, metric, window, asOf, range } = ctx;
  const within = parseDuration(typeof metric.within === 'string' ? metric.within : '');
  if (within === null) throw new InputError(`metric '${metric.id}': within '${String(metric.within ?? '')}' is not a duration`);
  if (!metric.from || !metric.to) throw new InputError(`metric '${metric.id}' needs 'from' and 'to' columns`);
  const fromCol = source.column(metric.from);
  const toCol = source.column(metric.to);
  const pauseSource = typeof metric.pauses === 'string' ? ctx.sourceNamed(metric.pauses) : null;
  const idCol = pauseSource ? requireRole(ctx, source, 'id') : -1;
  const items: Items[] = Array.from({ length: periods.length }, () => ({ from: [], to: [], id: [], paused: [] }));
  const pausedName = source.role('paused');
  const pausedCol = pausedName ? source.column(pausedName) : -1;
  const pauses = new Map<string, number[]>();

  let i = -1;
  let from = 0;
  let to = 0;
  let id = '';
  let paused = 0;
  source.consumers.push({
    take(cells) {
      if (match && !match(cells)) return false;
      from = source.time(cells, fromCol);
      i = periods.find(from);
      if (i < 0) return false;
      to = source.time(cells, toCol);
      if (to < from) throw new RowError(toCol, `'${metric.to}' is before '${metric.from}'`);
      id = idCol < 0 ? '' : cells.text(idCol);
      paused = pausedCol < 0 ? 0 : source.duration(cells, pausedCol) || 0;
      return true;
    },
    apply() {
      const list = items[i]!;
      list.from.push(from);
      list.to.push(to);
      list.id.push(id);
      list.paused.push(paused);
    },
  });

  if (pauseSource) {
    const pid = requireRole(ctx, pauseSource, 'id');
    const ps = requireRole(ctx, pauseSource, 'start');
    const pe = requireRole(ctx, pauseSource, 'end');
    let s = 0;
    let e = 0;
    let pauseId = '';
    pauseSource.consumers.push({
      take(cells) {
        s = pauseSource.time(cells, ps);
        if (Number.isNaN(s)) return false;
        e = pauseSource.time(cells, pe);
        if (Number.isNaN(e)) e = asOf;
        else if (e < s) throw new RowError(pe, 'end is before start');
        pauseId = cells.text(pid);
        return e > s;
      },
      apply() {
        const list = pauses.get(pauseId);
        if (list) list.push(s, e);
        else pauses.set(pauseId, [s, e]);
      },
    });
  }

  const limit = Math.min(range.end, asOf);
  return {
    unit: '%',
    finish(): RunOutcomes {
      return whole(items.map((list) => {
        let ok = 0;
        let counted = 0;
        let pending = 0;
        for (let k = 0; k < list.from.length; k++) {
          const from = list.from[k]!;
          const closed = list.to[k]! <= asOf;
          const end = closed ? list.to[k]! : Math.max(from, limit);
          const elapsed = window.windowTime(from, end) - pausedTime(pauses.get(list.id[k]!), window, from, end) - list.paused[k]!;
          if (closed) {
            counted++;
            if (elapsed <= within) ok++;
          } else if (elapsed > within) counted++;
          else pending++;
        }
        return percentOf(ok, counted, { within: ok, counted, pending });
      }));
    },
    exportState(): DurationState {
      return {
        items: items.map((l) => ({ from: Float64Array.from(l.from), to: Float64Array.from(l.to), id: l.id.slice(), paused: Float64Array.from(l.paused) })),
        pauseIds: [...pauses.keys()],
        pauses: [...pauses.values()].map((l) => Float64Array.from(l)),
      };
    },
    importState(state) {
      const s = state as DurationState;
      s.items.forEach((l, k) => {
        const list = items[k]!;
        append(list.from, l.from);
        append(list.to, l.to);
        append(list.id, l.id);
        append(list.paused, l.paused);
      });
      s.pauseIds.forEach((id, k) => {
        const list = pauses.get(id);
        if (list) append(list, s.pauses[k]!);
        else pauses.set(id, Array.from(s.pauses[k]!));
      });
    },
  };
}
