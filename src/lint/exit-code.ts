import type { LintResult } from './result';

/** 0 clean; 1 errors, or more warnings than --max-warnings allows. */
export function lintExitCode(result: Pick<LintResult, 'errorCount' | 'warningCount'>, maxWarnings?: number): number {
  if (result.errorCount > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && result.warningCount > maxWarnings) return 1;
  return 0;
}
