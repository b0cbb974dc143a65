import * as path from 'path';
import type { Agreement } from '../core/model';
import { planEvaluation, type EvaluateOptions, type EvaluationPlan } from '../evaluate';

/** What a reader thread needs to make the same evaluation plan as the main thread: plain data only. */
export interface EvaluationSetup {
  agreement: unknown;
  options: EvaluateOptions;
}

/** The plan of a setup; every thread that reads a share of a file makes its own, and their states merge. */
export function evaluationTarget(setup: unknown): EvaluationPlan {
  const s = setup as EvaluationSetup;
  return planEvaluation(s.agreement as Agreement, s.options);
}

/** true in the bundle (scripts/build.js); undeclared when the sources run under the tests. */
declare const __SLA_BUILT__: boolean | undefined;

/**
 * The reader thread's script: dist/csv-worker.js beside dist/sla.js in the
 * build. Run from sources (the tests) it is a .ts file, which means no
 * worker threads (the file is read on the main thread).
 */
export const CSV_WORKER_SCRIPT: string = path.join(__dirname, typeof __SLA_BUILT__ !== 'undefined' && __SLA_BUILT__ ? 'csv-worker.js' : 'csv-worker.ts');
