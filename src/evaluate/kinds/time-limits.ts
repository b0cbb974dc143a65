import { InputError } from '../../core/errors';
import type { Within } from '../../core/model';
import { RowError } from '../../rows';
import type { RowCells } from '../../rows/cells';
import { BusinessDays, lastWithin, parseTimeLimit, reachAt, type Calendar, type Interval, type TimeLimit } from '../../time';
import { strictNumber } from '../../core/row-filter';

/** The limits of one metric, each parsed once at plan time; clocks and rows refer to them by index. */
export class LimitTable {
  readonly texts: string[] = [];
  readonly limits: TimeLimit[] = [];

  constructor(private readonly label: string) {}

  add(text: string): number {
    const known = this.texts.indexOf(text);
    if (known >= 0) return known;
    const limit = parseTimeLimit(text);
    if (!limit) throw new InputError(`${this.label}: '${String(text)}' is not a time limit like 4h, '3 business days' or '2 business days by 17:00'`);
    this.texts.push(text);
    this.limits.push(limit);
    return this.limits.length - 1;
  }
}

/** How a clock finds its limit: one for every item (`fixed`), or by the item's value in a column (`fixed` -1, `pick`). */
export interface LimitChoice {
  fixed: number;
  pick(cells: RowCells): number;
  /** The same for the text of the cell (aggregates); a RowError names the column. */
  pickText(text: string): number;
}

const always = (k: number): LimitChoice => ({ fixed: k, pick: () => k, pickText: () => k });

/** Cell text shown in a message: quoted with escapes, cut short. */
const quoted = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * `within`: a limit, or `{ by, limits, default }`. A value picks its limit as
 * `where` compares: the same text, or the same number when both are numbers
 * (`1` and `1.0`); a value without a limit and no default is a row error.
 */
export function chooseLimit(within: Within | undefined, table: LimitTable, column: (name: string) => number): LimitChoice {
  if (within === undefined || within === null) return always(table.add(''));
  if (typeof within !== 'object') return always(table.add(within));
  const byText = new Map<string, number>();
  const byNumber = new Map<number, number>();
  for (const [value, text] of Object.entries(within.limits ?? {})) {
    const k = table.add(text);
    byText.set(value, k);
    const n = strictNumber(value);
    if (!Number.isNaN(n) && !byNumber.has(n)) byNumber.set(n, k);
  }
  const fallback = within.default === undefined ? -1 : table.add(within.default);
  const col = column(within.by);
  const by = within.by;
  const pickText = (text: string): number => {
    let k = byText.get(text);
    if (k === undefined && byNumber.size > 0) {
      const n = strictNumber(text);
      if (!Number.isNaN(n)) k = byNumber.get(n);
    }
    if (k !== undefined) return k;
    if (fallback >= 0) return fallback;
    throw new RowError(col, `no time limit for ${by} ${quoted(text)} and no default`);
  };
  return { fixed: -1, pick: (cells) => pickText(cells.text(col)), pickText };
}

/**
 * Due instants (docs/semantics.md, time limits). Window time: the last instant
 * at which the clock, stopped while paused, has run no more than the limit,
 * so an item done by then is within exactly when its elapsed time is.
 * Business days: the instant the rule names, moved later by the window time
 * of the pauses before it.
 */
export class DueClock {
  private readonly days: BusinessDays;

  constructor(private readonly window: Calendar, dayZone: BusinessDays['zone']) {
    this.days = new BusinessDays(window, dayZone);
  }

  /** Window time in [t, end) less the window time of `paused` (sorted, merged, within [t, end)). */
  elapsed(t: number, end: number, paused: readonly Interval[]): number {
    let sum = this.window.windowTime(t, end);
    for (const [s, e] of paused) sum -= this.window.windowTime(s, e);
    return sum;
  }

  /**
   * `paused`: the item's pauses from t on, sorted and merged; `held`: window
   * time its clock stood still by a `paused` cell, which moves the due
   * instant as much window time later.
   */
  due(limit: TimeLimit, t: number, paused: readonly Interval[], held = 0): number {
    if (limit.kind === 'window') return lastWithin(this.window, t, limit.ms + held, paused);
    const base = limit.by === null ? this.days.due(t, limit.days) : this.days.dueBy(t, limit.days, limit.by);
    if ((paused.length === 0 && held === 0) || !Number.isFinite(base)) return base;
    let stopped = held;
    for (const [s, e] of paused) if (s < base) stopped += this.window.windowTime(Math.max(s, t), Math.min(e, base));
    return stopped === 0 ? base : reachAt(this.window, base, stopped, paused);
  }
}
