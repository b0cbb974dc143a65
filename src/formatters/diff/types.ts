import type { Change, LifecycleCheck } from '../../diff/types';
import type { FailOn } from './names';

/** A place in the new file, 1-based (end column exclusive). */
export interface Spot {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ReportedChange extends Change {
  /** The kind's title from the catalogue. */
  title: string;
  /** The reason it was accepted (from the --accepted file), when it was. */
  accepted?: string;
  at: Spot;
}

export interface ReportedCheck extends LifecycleCheck {
  at: Spot;
}

/** What the formatters show: one amendment, old and new named as the user named them. */
export interface DiffReport {
  before: string;
  after: string;
  /** The changes shown (wording-only ones only with --all). */
  changes: ReportedChange[];
  checks: ReportedCheck[];
  /** Wording-only changes left out (0 with --all). */
  hidden: number;
  draft: boolean;
}

export interface DiffFormatOptions {
  /** Decided by the CLI (TTY, NO_COLOR, FORCE_COLOR) when first read; machine formats never read it. */
  color: boolean;
  failOn: FailOn;
  /** The tool's version, recorded by the JSON report. */
  version?: string;
}

export type DiffFormatter = (report: DiffReport, options: DiffFormatOptions) => string;
