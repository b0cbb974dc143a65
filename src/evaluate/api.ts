import type { AggregateRow } from '../core/aggregates';
import type { MergeableTarget } from '../rows';
import type { Evaluation } from './result';

/** What `sla evaluate` asks for, already parsed from its flags. */
export interface EvaluateOptions {
  /** UTC ms: --as-of, else now (the CLI passes Date.now()). */
  asOf: number;
  /** Period labels: --from, --to (inclusive of the named period), --period (both). */
  from?: string;
  to?: string;
  period?: string;
  /** --metric ids (default all). */
  metrics?: string[];
  /** The agreement's path as given. */
  file: string;
  /** --items: list every item of the duration metrics (Evaluation.items). */
  items?: boolean;
  /** --aggregates: the metrics whose state comes from aggregate rows (importAggregates), not from their data files. */
  aggregated?: string[];
}

/**
 * An evaluation being fed: a sink per data source (only the sources the
 * selected metrics, their pauses and excuses need), then finish(). Plans built
 * from the same agreement and options merge (MergeableTarget): finish() then
 * reports as if this plan had seen every plan's rows.
 */
export interface EvaluationPlan extends MergeableTarget {
  /** Call after all rows of all sources were fed. */
  finish(skipped?: Evaluation['skipped']): Evaluation;
  /** Adds aggregate rows computed by an engine (`sla export sql`) to the metrics in `aggregated`; before finish(). */
  importAggregates?(rows: readonly AggregateRow[]): void;
}
