import { InputError } from '../../core/errors';
import { ALWAYS, formatInstant } from '../../time';
import { RowError } from '../../rows';
import { compileConditions } from '../conditions';
import { durationClocks } from './duration-clocks';
import { judgeItems, type ItemLists } from './duration-judge';
import type { KindContext, MetricRun, RunOutcomes } from './kind';
import { requireRole } from './kind';
import { DueClock } from './time-limits';
import { importItems } from '../aggregates/items';

interface DurationState {
  items: { from: Float64Array; to: Float64Array; limit: Int32Array; id: string[]; held: Float64Array }[];
  pauseIds: string[];
  /** Per id, its pauses as start, end pairs. */
  pauses: Float64Array[];
}

/** Push without spreading (no argument-count limit). */
function append<T>(to: T[], from: ArrayLike<T>): void {
  for (let k = 0; k < from.length; k++) to.push(from[k]!);
}

/**
 * `duration`: each item has one clock (`from`, `to`, `within`) or several
 * (`clocks`); it counts in the period its first clock's `from` falls in. A
 * clock is within when it stops at or before its due instant (time-limits.ts);
 * one still open (no `to`, or `to` after --as-of) is late once the end of the
 * range or --as-of passes its due instant, else pending. The value pools every
 * clock of every item of the period.
 */
export function duration(ctx: KindContext): MetricRun {
  const { source, periods, match, metric, window, asOf } = ctx;
  const { clocks, table } = durationClocks(metric, source);
  const n = clocks.length;
  const picks = clocks.some((c) => c.limit.fixed < 0);
  const pauseDef = metric.pauses;
  const pauseSource = pauseDef === undefined ? null : ctx.sourceNamed(typeof pauseDef === 'string' ? pauseDef : pauseDef.data);
  const idCol = pauseSource ? requireRole(ctx, source, 'id') : ctx.listItems && source.role('id') ? source.column(source.role('id')!) : -1;
  // a duration cell of the time the item's clock stood still (docs/semantics.md, data sources)
  const heldName = source.role('paused');
  if (heldName && n > 1) throw new InputError(`metric '${metric.id}': the paused column '${heldName}' gives one time for the whole row, and this metric has ${n} clocks; give its pauses as intervals (pauses) instead`);
  const heldCol = heldName ? source.column(heldName) : -1;
  const items: ItemLists[] = Array.from({ length: periods.length }, () => ({ from: [], to: [], limit: [], id: [], held: [] }));
  const pauses = new Map<string, number[]>();

  let i = -1;
  const from = new Float64Array(n);
  const to = new Float64Array(n);
  const limit = new Int32Array(n);
  let id = '';
  let held = 0;
  source.consumers.push({
    take(cells) {
      if (match && !match(cells)) return false;
      const first = clocks[0]!;
      from[0] = source.time(cells, first.from);
      i = periods.find(from[0]);
      if (i < 0) return false;
      for (let k = 0; k < n; k++) {
        const c = clocks[k]!;
        if (k > 0) from[k] = source.time(cells, c.from);
        to[k] = source.time(cells, c.to);
        if (to[k]! < from[k]!) throw new RowError(c.to, `'${c.toName}' is before '${c.fromName}'`);
        if (picks) limit[k] = c.limit.pick(cells);
      }
      id = idCol < 0 ? '' : cells.text(idCol);
      if (heldCol >= 0) held = source.duration(cells, heldCol) || 0;
      return true;
    },
    apply() {
      const list = items[i]!;
      if (n === 1) {
        list.from.push(from[0]!);
        list.to.push(to[0]!);
        if (picks) list.limit.push(limit[0]!);
      } else {
        append(list.from, from);
        append(list.to, to);
        if (picks) append(list.limit, limit);
      }
      list.id.push(id);
      if (heldCol >= 0) list.held.push(held);
    },
  });

  if (pauseSource) {
    const pid = requireRole(ctx, pauseSource, 'id');
    const ps = requireRole(ctx, pauseSource, 'start');
    const pe = requireRole(ctx, pauseSource, 'end');
    const where = typeof pauseDef === 'object' && pauseDef.where ? pauseDef.where : undefined;
    const compiled = compileConditions(where, (name) => pauseSource.column(name));
    const counts = compiled && pauseSource.shared(`where ${JSON.stringify(where)}`, compiled);
    let s = 0;
    let e = 0;
    let pauseId = '';
    pauseSource.consumers.push({
      take(cells) {
        if (counts && !counts(cells)) return false;
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

  // business days of a 24x7 window are the agreement's days; of a calendar, the calendar's
  const due = new DueClock(window, window === ALWAYS ? ctx.zone : window.zone);
  const setting = { clocks, table, due, pauses, asOf, horizon: Math.min(ctx.range.end, asOf), hasIds: idCol >= 0 };
  let judged: ReturnType<typeof judgeItems> | null = null;
  const format = ctx.listItems
    ? { metric: metric.id, labels: periods.periods.map((p) => p.label), instant: (t: number) => (Number.isFinite(t) ? formatInstant(t, ctx.zone) : null) }
    : null;
  const judge = () => (judged ??= judgeItems(items, setting, format));
  return {
    unit: '%',
    finish(): RunOutcomes {
      return [{ resource: null, outcomes: judge().outcomes }];
    },
    ...(ctx.listItems ? { items: () => judge().items } : {}),
    exportState(): DurationState {
      return {
        items: items.map((l) => ({ from: Float64Array.from(l.from), to: Float64Array.from(l.to), limit: Int32Array.from(l.limit), id: l.id.slice(), held: Float64Array.from(l.held) })),
        pauseIds: [...pauses.keys()],
        pauses: [...pauses.values()].map((l) => Float64Array.from(l)),
      };
    },
    importState(state) {
      const s = state as DurationState;
      judged = null;
      s.items.forEach((l, k) => {
        const list = items[k]!;
        append(list.from, l.from);
        append(list.to, l.to);
        append(list.limit, l.limit);
        append(list.id, l.id);
        append(list.held, l.held);
      });
      s.pauseIds.forEach((pid, k) => {
        const list = pauses.get(pid);
        if (list) append(list, s.pauses[k]!);
        else pauses.set(pid, Array.from(s.pauses[k]!));
      });
    },
    importAggregates(rows) {
      judged = null;
      importItems(rows, { items, pauses, clocks, picks, hasIds: idCol >= 0, metric: metric.id });
    },
  };
}
