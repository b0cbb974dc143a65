export { TextCells, asciiBytes, textEquals, viewOf, CELL_HIGH, CELL_QUOTED, CELL_ESCAPED, CELL_NEEDS_TEXT, type RowCells } from './cells';
export { RowError, type MergeableTarget, type RowSink, type RowTarget, type SkippedRows, type SourcePlan } from './sink';
