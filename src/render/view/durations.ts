import { usesBusinessDays } from '../../core/limit-text';
import type { Clock, LimitsByColumn, Metric } from '../agreement';
import { businessDayRule, isDeadlineLimit, limitWords } from '../words/limit';
import { perPeriod } from '../words/period';
import { humanize, type ViewContext } from './context';
import { dataNoun, quote, whereWords, windowOf } from './measure-parts';

/** A table of time limits, for limits chosen by a column or several clocks; the first column labels the rows. */
export interface LimitTable {
  caption: string;
  head: string[];
  rows: string[][];
}

const byColumn = (within: unknown): within is LimitsByColumn => typeof within === 'object' && within !== null && 'by' in within;

function pausesWords(m: Metric, ctx: ViewContext): string {
  if (typeof m.pauses === 'string') return `; time recorded in the ${quote(m.pauses)} data (such as waiting on the customer) is not counted`;
  if (m.pauses && typeof m.pauses === 'object') {
    return `; time in which an item is paused, as recorded in the ${quote(m.pauses.data)} data${whereWords(m.pauses.where, ctx)}, is not counted`;
  }
  return '';
}

/** The values of a by-column limit, with "any other" for its default. */
function limitRows(within: LimitsByColumn): Array<[string, unknown]> {
  const rows: Array<[string, unknown]> = Object.entries(within.limits ?? {});
  if (within.default !== undefined) rows.push(['any other', within.default]);
  return rows;
}

function oneLimit(ctx: ViewContext, within: unknown): string {
  if (byColumn(within)) return `within the time limit for their ${within.by} (table below)`;
  const words = limitWords(within, ctx.fmt);
  return isDeadlineLimit(within) ? words : `within ${words}`;
}

function clockTable(m: Metric, clocks: Clock[], ctx: ViewContext): LimitTable {
  const name = m.name ?? m.id;
  const columns = new Set(clocks.map((c) => (byColumn(c.within) ? c.within.by : '')));
  const [by] = [...columns];
  if (columns.size === 1 && by !== '') {
    const values = [...new Set(clocks.flatMap((c) => limitRows(c.within as LimitsByColumn).map(([v]) => v)))];
    const cell = (c: Clock, v: string): string => {
      const w = c.within as LimitsByColumn;
      const limit = v === 'any other' ? w.default : Object.hasOwn(w.limits ?? {}, v) ? w.limits[v] : w.default;
      return limit === undefined ? '–' : limitWords(limit, ctx.fmt, true);
    };
    return { caption: `Time limits of ${name}, by ${by}, each from its clock's start`, head: [humanize(by), ...clocks.map((c) => humanize(c.name))], rows: values.map((v) => [v, ...clocks.map((c) => cell(c, v))]) };
  }
  const limit = (c: Clock): string =>
    byColumn(c.within) ? limitRows(c.within).map(([v, l]) => `${v}: ${limitWords(l, ctx.fmt, true)}`).join('; ') + ` (by ${c.within.by})` : limitWords(c.within, ctx.fmt, true);
  return { caption: `Time limits of ${name}`, head: ['Clock', 'From', 'To', 'Time limit'], rows: clocks.map((c) => [humanize(c.name), c.from, c.to, limit(c)]) };
}

/** The table of a metric's time limits, when they are chosen by a column or there are several clocks; else null. */
export function limitTable(m: Metric, ctx: ViewContext): LimitTable | null {
  if (m.kind !== 'duration') return null;
  if (m.clocks?.length) return clockTable(m, m.clocks, ctx);
  if (!byColumn(m.within)) return null;
  return { caption: `Time limits of ${m.name ?? m.id}, by ${m.within.by}, each from the item's start`, head: [humanize(m.within.by), 'Time limit'], rows: limitRows(m.within).map(([v, l]) => [v, limitWords(l, ctx.fmt, true)]) };
}

function clocksWords(m: Metric, clocks: Clock[], ctx: ViewContext, counted: string): string {
  const noun = dataNoun(m.data);
  const each = clocks.map((c) => `${c.name} from ${c.from} to ${c.to}`);
  return (
    `the share of time limits met, pooled over all clocks of all ${noun}${whereWords(m.where, ctx)}: ${ctx.fmt.list(each)} (time limits in the table below), ` +
    `counted in ${counted}, measured ${perPeriod(m.period)}; ` +
    `each item counts in the period in which its ${clocks[0]?.from ?? 'start'} falls${pausesWords(m, ctx)}`
  );
}

/** How a duration metric is measured; a second sentence defines business days when its limits count them. */
export function duration(m: Metric, ctx: ViewContext): string {
  const w = windowOf(ctx, m.window);
  const counted = w.noun ?? 'time around the clock';
  const business = [m.within, ...(m.clocks ?? []).map((c) => c.within)].some(usesBusinessDays);
  const rule = business ? `. ${businessDayRule(w.label, m.pauses !== undefined)}` : '';
  if (m.clocks?.length) return clocksWords(m, m.clocks, ctx, counted) + rule;
  const from = m.from ?? 'start';
  const to = m.to ?? 'end';
  const tail = `measured ${perPeriod(m.period)}; each counts in the period in which its ${from} falls${pausesWords(m, ctx)}`;
  if (typeof m.within === 'string' && !business) {
    const within = limitWords(m.within, ctx.fmt);
    const limit = w.noun ? `${within} of ${w.noun}` : `${within}, around the clock,`;
    return `the share of ${dataNoun(m.data)}${whereWords(m.where, ctx)} that take at most ${limit} from ${from} to ${to}, ${tail}`;
  }
  return `the share of ${dataNoun(m.data)}${whereWords(m.where, ctx)} that go from ${from} to ${to} ${oneLimit(ctx, m.within)}, counted in ${counted}, ${tail}${rule}`;
}
