import { safeJson, type OwnsSafety } from '../../core/control-chars';
import type { EvaluateFormatter } from './types';

/** The Evaluation exactly as computed (schemas/evaluation.schema.json); numbers unrounded; unsafe characters escaped as every format escapes them. */
export const json: EvaluateFormatter & OwnsSafety = Object.assign((evaluation: Parameters<EvaluateFormatter>[0]) => `${safeJson(evaluation, 2)}\n`, { ownsSafety: true as const });
