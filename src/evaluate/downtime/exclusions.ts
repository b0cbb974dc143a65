import { InputError } from '../../core/errors';
import type { ExcludedData, ExcludedTime, PeriodKind } from '../../core/model';
import { clip, firstTime, parseDuration, parsePeriodLabel, periodsIn, union, type Calendar, type Interval } from '../../time';
import type { AggregateInput, KindContext } from '../kinds/kind';
import { rowMatch } from '../row-match';
import { IntervalSource } from './interval-source';

/** One `{ data, where, upTo, per }` item: its rows, and the budget. */
interface DataItem {
  reader: IntervalSource;
  budget: { ms: number; spans: { start: number; end: number }[] } | null;
}

/**
 * Time excluded by one of a metric's lists (`exclude` or
 * `excludeFromWindow`): the maintenance windows it names (the plan's
 * calendar) and the intervals of its data sources. With a budget (`upTo`,
 * `per`), each calendar span of `per` (in the agreement's zone) excludes
 * its intervals in time order up to `upTo` of real time; time beyond is not
 * excluded. Rows are read over the whole spans that meet the range, so that
 * time used earlier in a span counts against its budget.
 */
export class Exclusions {
  private readonly items: DataItem[];
  private data: Interval[] | null = null;

  constructor(
    ctx: KindContext,
    key: 'exclude' | 'excludeFromWindow',
    private readonly calendar: Calendar | null,
  ) {
    const list: ExcludedTime[] = ctx.metric[key] ?? [];
    this.items = list.filter((x): x is ExcludedData => typeof x === 'object' && x !== null).map((x, n) => dataItem(ctx, key, x, n));
  }

  get empty(): boolean {
    return this.calendar === null && this.items.length === 0;
  }

  /** The excluded time within [start, end), sorted and merged. */
  within(start: number, end: number): Interval[] {
    const fromData = clip(this.dataIntervals(), start, end);
    if (!this.calendar) return fromData;
    const windows = this.calendar.windows(start, end);
    return fromData.length === 0 ? windows : union([...windows, ...fromData]);
  }

  private dataIntervals(): Interval[] {
    if (this.data) return this.data;
    const all: Interval[] = [];
    for (const { reader, budget } of this.items) {
      const list = reader.intervalsOf(null);
      if (!budget) all.push(...list);
      else for (const span of budget.spans) all.push(...firstTime(clip(list, span.start, span.end), budget.ms));
    }
    return (this.data = union(all));
  }

  exportState(): unknown[] {
    return this.items.map((x) => x.reader.exportState());
  }

  /** The stretches of its n-th data item (1-based), computed by an engine (--aggregates). */
  importAggregates(n: number, rows: readonly AggregateInput[]): void {
    const item = this.items[n - 1];
    if (!item) throw new InputError(`aggregates name data item ${n} of a list that has ${this.items.length}`);
    item.reader.importAggregates(rows);
    this.data = null;
  }

  importState(state: unknown): void {
    (state as unknown[]).forEach((s, i) => this.items[i]!.reader.importState(s));
    this.data = null;
  }
}

function dataItem(ctx: KindContext, key: string, x: ExcludedData, n: number): DataItem {
  const where = `${key} item ${n + 1} of metric '${ctx.metric.id}'`;
  const source = ctx.sourceNamed(x.data);
  if (source.def.kind !== 'intervals') throw new InputError(`${where}: data source '${x.data}' is of kind '${source.def.kind}', not intervals`);
  let budget: DataItem['budget'] = null;
  let keep = ctx.range;
  if (x.upTo !== undefined || x.per !== undefined) {
    const ms = parseDuration(x.upTo ?? '');
    if (ms === null || x.per === undefined) throw new InputError(`${where}: a budget needs both upTo (a duration such as 10h) and per (day, week, month, quarter or year)`);
    const spans = budgetSpans(x.per, ctx);
    budget = { ms, spans };
    keep = { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
  }
  const reader = new IntervalSource({ source, match: rowMatch(x.where, ctx.metric.service, source), per: null, keep, asOf: ctx.asOf, reader: where });
  return { reader, budget };
}

/** The whole calendar spans of `per` that meet the evaluated range. */
function budgetSpans(per: PeriodKind, ctx: KindContext): { start: number; end: number }[] {
  return periodsIn(per, ctx.zone, ctx.range.start, ctx.range.end).map((p) => {
    const whole = parsePeriodLabel(p.label, ctx.zone)!;
    return { start: whole.start, end: whole.end };
  });
}
