import type { RowCells } from './cells';
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
}

export interface SourcePlan {
  name: string;
  kind: 'intervals' | 'events' | 'counts' | 'items';
  /** The source's `file` as written (relative to the agreement). */
  file: string | undefined;
  /** Header names the sink needs, in the order fields are passed to row(). */
  columns: string[];
}

export interface RowSink {
  /** One call per CSV row, cells in SourcePlan.columns order; throws RowError on a bad cell. The reader's path. */
  cells(cells: RowCells): void;
  /** The same for a row given as strings. */
  row(fields: string[]): void;
}

/** A bad cell: `field` indexes SourcePlan.columns. */
export class RowError extends Error {
  constructor(
    readonly field: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'RowError';
  }
}

export interface EvaluationPlan {
  /** Only the sources the selected metrics (and their pauses and excuses) need. */
  readonly sources: SourcePlan[];
  sink(source: string): RowSink;
  /** Call after all rows of all sources were fed. */
  finish(skipped?: Evaluation['skipped']): Evaluation;
  /** A structured-clone-able snapshot of everything accumulated so far (typed arrays and plain objects only), to send from a worker thread. */
  exportState(): unknown;
  /**
   * Adds a snapshot exported by another plan built from the same agreement and
   * options; afterwards finish() reports as if this plan had seen both sets of
   * rows. Throws an Error for a snapshot of another plan.
   */
  importState(state: unknown): void;
}
