export { planEvaluation } from './plan';
export { RowError } from './api';
export type { EvaluateOptions, SourcePlan, RowSink, EvaluationPlan } from './api';
export type { Evaluation, MetricResult, CreditEntry, SkippedRows, Status, EarnBack } from './result';
export { parseCondition, holds } from './target';
export type { Condition } from './target';
export { TextCells, CELL_HIGH, CELL_QUOTED, CELL_ESCAPED, CELL_NEEDS_TEXT } from './cells';
export type { RowCells } from './cells';
