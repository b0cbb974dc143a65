/**
 * Where a bad cell, row or record is in a data file: a 1-based line and
 * character column, for CSV and JSON alike, and for JSON the path of the
 * value (`$.incidents[3].created_at`), so a message points both an editor
 * and a reader of the export at it.
 */
export interface DataPosition {
  line: number;
  column: number;
  path?: string;
}

/** `FILE:LINE:COLUMN: [PATH: ]REASON`, the form of every bad-data message. */
export function positioned(file: string, at: DataPosition, reason: string): string {
  return `${file}:${at.line}:${at.column}: ${at.path ? `${at.path}: ` : ''}${reason}`;
}
