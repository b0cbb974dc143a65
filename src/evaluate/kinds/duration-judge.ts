import { clip, DAY_MS, union, type Interval } from '../../time';
import type { RunItem } from '../items';
import type { ClockStatus } from '../result';
import type { ClockSpec } from './duration-clocks';
import { percentOf, type CreditFacts, type Outcome } from './kind';
import type { DueClock, LimitTable } from './time-limits';

/** A period's items: clock k of item j at j × clocks + k; `limit` only when some clock picks its limit by column. */
export interface ItemLists {
  from: number[];
  /** NaN while open. */
  to: number[];
  limit: number[];
  id: string[];
}

export interface JudgeSetting {
  clocks: readonly ClockSpec[];
  table: LimitTable;
  due: DueClock;
  /** Per item id, its pauses as start, end pairs. */
  pauses: ReadonlyMap<string, readonly number[]>;
  asOf: number;
  /** Open clocks are measured up to here: the end of the range or --as-of, whichever is earlier. */
  horizon: number;
  hasIds: boolean;
}

const NONE: readonly Interval[] = [];

function pairs(flat: readonly number[]): Interval[] {
  const out: Interval[] = [];
  for (let k = 0; k < flat.length; k += 2) out.push([flat[k]!, flat[k + 1]!]);
  return out;
}

/** NaN (an empty time) after every instant. */
const compare = (a: number, b: number): number => (a === b ? 0 : Number.isNaN(a) ? (Number.isNaN(b) ? 0 : 1) : Number.isNaN(b) ? -1 : a - b);

/** Items in a stable order whatever order their rows came in (merged states list the same): by start, id, then the rest. */
function byStart(a: RunItem, b: RunItem): number {
  const first = compare(a.clocks[0]!.from, b.clocks[0]!.from);
  if (first !== 0) return first;
  if (a.id !== b.id) return (a.id ?? '') < (b.id ?? '') ? -1 : 1;
  for (let k = 0; k < a.clocks.length; k++) {
    const x = a.clocks[k]!;
    const y = b.clocks[k]!;
    const d = compare(x.from, y.from) || compare(x.to, y.to);
    if (d !== 0) return d;
    if (x.limit !== y.limit) return x.limit < y.limit ? -1 : 1;
  }
  return 0;
}

/**
 * Every clock of every item judged against its due instant: per period the
 * pooled share, the counts, and the facts credits need (late clocks, days
 * late, the end of the first late one); with `list`, the items themselves.
 */
export function judgeItems(periods: readonly ItemLists[], s: JudgeSetting, list: boolean): { outcomes: Outcome[]; items: RunItem[] } {
  const n = s.clocks.length;
  const { limits, texts } = s.table;
  const items: RunItem[] = [];
  const outcomes = periods.map((l, period) => {
    let ok = 0;
    let counted = 0;
    let pending = 0;
    let late = 0;
    let daysLate = 0;
    let firstStart = Infinity;
    let firstEnd = Infinity;
    const listed: RunItem[] = [];
    for (let j = 0; j < l.id.length; j++) {
      const own = s.pauses.size > 0 ? s.pauses.get(l.id[j]!) : undefined;
      const item: RunItem | null = list ? { period, id: s.hasIds ? l.id[j]! : null, clocks: [] } : null;
      for (let k = 0; k < n; k++) {
        const at = j * n + k;
        const from = l.from[at]!;
        const to = l.to[at]!;
        const fixed = s.clocks[k]!.limit.fixed;
        const which = fixed >= 0 ? fixed : l.limit[at]!;
        let status: ClockStatus = 'pending';
        let due = NaN;
        let elapsed = NaN;
        if (Number.isNaN(from)) pending++; // a clock that has not started
        else {
          const closed = to <= s.asOf;
          const end = closed ? to : Math.max(from, s.horizon);
          const paused = own ? union(clip(pairs(own), from, end)) : NONE;
          due = s.due.due(limits[which]!, from, paused);
          if (item) elapsed = s.due.elapsed(from, end, paused);
          if (closed) status = to <= due ? 'achieved' : 'late';
          else if (end > due) status = 'late';
          if (status === 'pending') pending++;
          else counted++;
          if (status === 'achieved') ok++;
          if (status === 'late') {
            late++;
            daysLate += Math.ceil((end - due) / DAY_MS);
            const stop = closed ? to : due;
            if (from < firstStart || (from === firstStart && stop < firstEnd)) {
              firstStart = from;
              firstEnd = stop;
            }
          }
        }
        item?.clocks.push({ name: s.clocks[k]!.name, from, to: to <= s.asOf ? to : NaN, limit: texts[which]!, due, elapsed, status });
      }
      if (item) listed.push(item);
    }
    for (const item of listed.sort(byStart)) items.push(item);
    const facts: CreditFacts = { lateItems: late, daysLate, ...(late > 0 ? { firstIncidentEnd: firstEnd } : {}) };
    return { ...percentOf(ok, counted, { within: ok, counted, pending }), facts };
  });
  return { outcomes, items };
}
