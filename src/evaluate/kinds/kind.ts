import { InputError } from '../../core/errors';
import type { Calendar, Zone } from '../../time';
import type { RowTest } from '../conditions';
import type { Fraction } from '../decimal';
import type { MetricShape } from '../model';
import type { AggregateRow } from '../../core/aggregates';
import type { PeriodSet } from '../periods';
import type { ItemEntry, MetricResult } from '../result';
import type { SourceFrame } from '../source';

/** What a metric kind gets to set itself up: it registers its consumers on the sources. */
export interface KindContext {
  readonly metric: MetricShape;
  readonly source: SourceFrame;
  /** The source named by a metric key (`pauses`). */
  readonly sourceNamed: (name: string) => SourceFrame;
  readonly periods: PeriodSet;
  /** `service` and `where` together; null when every row matches. */
  readonly match: RowTest | null;
  /** `good`, compiled against the metric's source. */
  readonly good: RowTest | null;
  readonly window: Calendar;
  /** Maintenance windows taken out of downtime (`exclude`), or null. */
  readonly excluded: Calendar | null;
  /** Maintenance windows taken out of the window time and downtime (`excludeFromWindow`), or null. */
  readonly excludedFromWindow: Calendar | null;
  /** The agreement's time zone (calendar spans of exclusion budgets; business days of a 24x7 window are its days). */
  readonly zone: Zone;
  /** More resources of a per-resource metric than its rows name (its service's charges); asked for at finish(). */
  readonly resources?: () => Iterable<string>;
  readonly asOf: number;
  readonly range: { readonly start: number; readonly end: number };
  /** --items: keep what items() lists. */
  readonly listItems: boolean;
}

/** What credits other than a percentage need to know of a period (docs/semantics.md, credit forms and claims). */
export interface CreditFacts {
  /** Downtime counted in the period, in ms (after exclusions, weights and rounding): multiple credits. */
  downtimeMs?: number;
  /** Window time W of the period, in ms: `downtime-beyond-target`. */
  windowMs?: number;
  /** Maximal stretches of downtime with downtime in the period's window: `per: incident`. */
  incidents?: number;
  /** Items that missed their limit: `per: item`. */
  lateItems?: number;
  /** Σ ⌈(done − due) / 24 h⌉ over the late items: `per: day-late`. */
  daysLate?: number;
  /** End (UTC ms) of the period's first incident or first late item: claims `after: incident`. */
  firstIncidentEnd?: number;
}

/** The measurement of one period. */
export interface Outcome {
  /** Unrounded; null for no-data. */
  value: number | null;
  /** The same value kept exact for comparisons: scale × num / den. */
  exact: Fraction | null;
  /** The counts behind the value. */
  counts: Partial<MetricResult>;
  /** What credits beyond a percentage need, when the kind knows it. */
  facts?: CreditFacts;
}

/** One resource's outcomes (resource null when the metric is not per resource). */
export interface ResourceOutcomes {
  resource: string | null;
  outcomes: Outcome[];
}

/**
 * A run's outcomes: one period list, or one per resource for a per-resource
 * metric (`per`), which may be worked out as they are taken, so that a
 * resource's outcomes can be dropped before the next one's are made.
 */
export type RunOutcomes = Iterable<ResourceOutcomes>;

/** The outcomes of a metric that is not per resource. */
export const whole = (outcomes: Outcome[]): ResourceOutcomes[] => [{ resource: null, outcomes }];

export interface MetricRun {
  /** '%', a time unit, or null. */
  readonly unit: string | null;
  /** One outcome per period, in order (per resource for a per-resource metric); call after all rows were fed. */
  finish(): RunOutcomes;
  /** What was accumulated, as plain data (typed arrays, arrays, strings, numbers): a copy. */
  exportState(): unknown;
  /**
   * Adds the state another run of the same metric and periods exported, so
   * finish() reports as if this run had seen its rows too, in any order.
   */
  importState(state: unknown): void;
  /**
   * Adds aggregate rows (`sla evaluate --aggregates`, docs/scale-out.md): the
   * state an engine computed from this metric's rows, so finish() reports as
   * if the run had read them.
   */
  importAggregates(rows: readonly AggregateInput[]): void;
  /** With --items: every item of the evaluated periods with its clocks (duration metrics); call after finish(). */
  items?(): ItemEntry[];
}

/** An aggregate row of the metric, its period label resolved to the index of its period (-1 when it names none). */
export interface AggregateInput extends AggregateRow {
  index: number;
}

export type KindFactory = (ctx: KindContext) => MetricRun;

export function noData(counts: Partial<MetricResult> = {}): Outcome {
  return { value: null, exact: null, counts };
}

export function percentOf(num: number, den: number, counts: Partial<MetricResult>): Outcome {
  if (den === 0) return noData(counts);
  return { value: (100 * num) / den, exact: { num, den, scale: 100 }, counts };
}

/** A required column role of the source, as a header name. */
export function requireRole(ctx: KindContext, source: SourceFrame, role: string): number {
  const name = source.role(role);
  if (!name) throw new InputError(`data source '${source.name}' maps no '${role}' column (metric '${ctx.metric.id}')`);
  return source.column(name);
}
