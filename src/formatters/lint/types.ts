import type { LintResult } from '../../lint/result';

export interface LintFormatOptions {
  /** Decided by the CLI (TTY, NO_COLOR, FORCE_COLOR) when first read; machine formats never read it. */
  color: boolean;
  /** Paths are shown relative to this folder. */
  cwd: string;
  /** The tool's version, for formats that record it (SARIF). */
  version?: string;
}

export type LintFormatter = (result: LintResult, options: LintFormatOptions) => string;
