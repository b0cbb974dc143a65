import { parseDuration } from '../../time/duration';
import { parseEvery, parseHours, type WeeklyRange } from '../../time/hours';
import { parseFields } from '../../time/timestamp';
import { compactDuration, compactHours } from '../describe';
import type { DiffContext } from '../context';
import type { Edit } from '../walk';
import type { Effect } from '../types';
import { at, type Rule } from './rule';

const weekly = (ranges: WeeklyRange[]): number => ranges.reduce((sum, r) => sum + (r.end - r.start) * 60_000, 0);

function hoursPerWeek(hours: unknown): number | null {
  if (!hours || typeof hours !== 'object') return null;
  const { ranges, problems } = parseHours(hours as Record<string, string | string[]>);
  return problems.length > 0 ? null : weekly(ranges);
}

/** A maintenance window's time: per week for `every`, in all for `from`/`to`. */
function windowLength(w: unknown): { ms: number; per: string } | null {
  const x = (w ?? {}) as Record<string, unknown>;
  if (typeof x.every === 'string') {
    const e = parseEvery(x.every);
    return 'ranges' in e ? { ms: weekly(e.ranges), per: 'per week' } : null;
  }
  const from = typeof x.from === 'string' ? parseFields(x.from) : null;
  const to = typeof x.to === 'string' ? parseFields(x.to) : null;
  return from && to ? { ms: to.local - from.local, per: 'in all' } : null;
}

const effect = (measure: Effect['measure'], a: number, b: number, what: string): Effect[] => [
  { measure, before: String(a), after: String(b), unit: 'ms', text: `${what}: ${(measure === 'weekly-hours' ? compactHours : compactDuration)(a)} → ${(measure === 'weekly-hours' ? compactHours : compactDuration)(b)}` },
];

function maintenanceWindow(e: Edit, ctx: DiffContext) {
  const a = windowLength(ctx.field('old', 'maintenance', 'windows', ...(e.oldAt?.slice(2, 3) ?? [])));
  const b = windowLength(ctx.field('new', 'maintenance', 'windows', ...(e.newAt?.slice(2, 3) ?? [])));
  if (!a || !b || a.per !== b.per || a.ms === b.ms) return null;
  const direction = ctx.windowExcluded(e.scope.window) ? undefined : ('neutral' as const);
  return { kind: b.ms > a.ms ? ('maintenance-window-widened' as const) : ('maintenance-window-narrowed' as const), direction, once: `window ${e.scope.window}`, effects: effect('duration', a.ms, b.ms, `maintenance ${a.per}`) };
}

const notice = (v: unknown): number => (typeof v === 'string' ? (parseDuration(v) ?? NaN) : 0);

/** Rules for calendars, holidays, maintenance and notice periods. */
export const calendarRules: Rule[] = [
  { pattern: at('calendars.*'), classify: (e) => (e.op === 'changed' ? null : { kind: e.op === 'added' ? 'calendar-added' : 'calendar-removed' }) },
  {
    pattern: at('calendars.*.hours'),
    classify: (e, ctx) => {
      const a = hoursPerWeek(e.old);
      const b = hoursPerWeek(e.new);
      if (a === null || b === null || a === b) return null;
      return { kind: b < a ? 'hours-shortened' : 'hours-extended', direction: resolve(ctx.lessTimeIn(String(e.scope.calendar)), b > a), effects: effect('weekly-hours', a, b, 'hours per week') };
    },
  },
  {
    pattern: at('calendars.*.holidays[]'),
    classify: (e, ctx) => (e.op === 'changed' ? null : { kind: e.op === 'added' ? 'holiday-added' : 'holiday-removed', direction: resolve(ctx.lessTimeIn(String(e.scope.calendar)), e.op === 'removed') }),
  },
  { pattern: at('calendars.*.holidays[].name'), classify: () => ({ kind: 'wording-changed' }) },
  {
    pattern: at('maintenance.windows[]'),
    classify: (e, ctx) => (e.op === 'changed' ? null : { kind: e.op === 'added' ? 'maintenance-window-added' : 'maintenance-window-removed', direction: ctx.windowExcluded(e.scope.window) ? undefined : 'neutral' }),
  },
  { pattern: at('maintenance.windows[].every', 'maintenance.windows[].from', 'maintenance.windows[].to'), classify: maintenanceWindow },
  { pattern: at('maintenance.windows[].name', 'maintenance.windows[].description'), classify: () => ({ kind: 'wording-changed' }) },
  {
    pattern: at('maintenance.notice', 'term.renewal.notice'),
    classify: (e) => {
      const a = notice(e.old);
      const b = notice(e.new);
      if (Number.isNaN(a) || Number.isNaN(b) || a === b) return null;
      const renewal = e.pattern.startsWith('term.');
      return { kind: b < a ? 'notice-shortened' : 'notice-lengthened', ...(renewal ? { direction: 'review' as const } : {}) };
    },
  },
];

/** Less time favours `lessTime`; more time the other party. */
function resolve(lessTime: ReturnType<DiffContext['lessTimeIn']>, moreTime: boolean) {
  if (!moreTime || lessTime === 'neutral' || lessTime === 'review') return lessTime;
  return lessTime === 'customer' ? 'provider' : 'customer';
}
