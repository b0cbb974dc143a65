import type { SourcePlan } from '../rows';
import type { JsonRecord, PathPart, RecordError } from './records';

/** A row made from records, in the plan's column order, and where each cell came from (for messages). */
export interface MadeRow {
  cells: string[];
  origin(field: number): { record: JsonRecord; at: PathPart[] };
}

/** Takes a bad record: throws (the run stops), or counts it and returns (the transform drops what it spoiled). */
export type Invalid = (e: RecordError) => void;

/**
 * Turns a JSON source's records into rows: one row per record as it comes
 * (generic JSON), or rows made once all records are in (events become items,
 * series become counts). Rows go to `emit` in order.
 */
export interface RecordTransform {
  push(record: JsonRecord, emit: (row: MadeRow) => void): void;
  end(emit: (row: MadeRow) => void): void;
}

export type TransformFactory = (plan: SourcePlan, invalid: Invalid) => RecordTransform;
