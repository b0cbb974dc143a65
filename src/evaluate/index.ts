export { planEvaluation } from './plan';
export { RowError } from './api';
export type { EvaluateOptions, SourcePlan, RowSink, EvaluationPlan } from './api';
export type { Evaluation, MetricResult, CreditEntry, SkippedRows, Status, EarnBack } from './result';
export { parseCondition, holds } from './target';
export type { Condition } from './target';
