export { planEvaluation } from './plan';
export type { EvaluateOptions, EvaluationPlan } from './api';
export type { Evaluation, MetricResult, CreditEntry, SkippedRows, Status, EarnBack } from './result';
