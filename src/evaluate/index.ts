export { planEvaluation } from './plan';
export type { EvaluateOptions, EvaluationPlan } from './api';
export type { Evaluation, SkippedRows } from './result';
