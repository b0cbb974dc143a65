import type { EvaluateFormatter } from './types';

/** The Evaluation exactly as computed (schemas/evaluation.schema.json); numbers unrounded. */
export const json: EvaluateFormatter = (evaluation) => `${JSON.stringify(evaluation, null, 2)}\n`;
