import type { DataKind, DataSource, SourceFormat } from '../core/model';
import type { RowCells } from './cells';

/**
 * The row contract between the readers (src/io: CSV bytes, files, threads)
 * and their consumers (src/evaluate): what a consumer asks to read, where it
 * takes rows, and how it rejects a bad cell. It lives below both, so neither
 * knows the other.
 */

/** One data source to read: its name, what its rows are, and the header names its consumer needs. */
export interface SourcePlan {
  name: string;
  kind: DataKind;
  /** The source's `file` as written (relative to the agreement). */
  file: string | undefined;
  /** Header names the sink needs, in the order cells are passed to it. */
  columns: string[];
  /** How the file is written (csv when absent). */
  format?: SourceFormat;
  /** The source as the agreement declares it (plain data), for readers of other formats than CSV. */
  def?: DataSource;
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

/** Where rows go: a sink per source. */
export interface RowTarget {
  /** The sources to read. */
  readonly sources: SourcePlan[];
  sink(source: string): RowSink;
}

/**
 * A target that several threads can each fill with a copy of their own and
 * then merge: exportState() is plain, structured-clone-able data (typed
 * arrays, arrays, strings, numbers); importState() adds another copy's.
 */
export interface MergeableTarget extends RowTarget {
  exportState(): unknown;
  /** Throws an Error for a state exported by a target made differently. */
  importState(state: unknown): void;
}

/** Rows skipped with --skip-invalid in one file. */
export interface SkippedRows {
  file: string;
  count: number;
  /** The first few reasons, as FILE:LINE:COLUMN: reason. */
  examples: string[];
}
