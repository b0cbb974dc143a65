export { RowError, type MergeableTarget, type RowSink, type RowTarget, type SkippedRows, type SourcePlan } from './sink';
