import type { Finding, Severity } from '../core/diagnostic';

/** What a formatter needs to know about a rule (SARIF rule metadata, docs links). */
export interface RuleMeta {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** Link to docs/rules/<id>.md */
  helpUri: string;
}

export interface FileResult {
  /** As given on the command line or found in a directory ('<stdin>' for -). */
  file: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
}

export interface LintResult {
  files: FileResult[];
  errorCount: number;
  warningCount: number;
  /** Every rule that can report (built-in rules, schema, yaml-syntax, directives). */
  rules: RuleMeta[];
}

export const DOCS_BASE = 'https://github.com/sla-as-code/sla/blob/main/docs/rules/';
export const helpUri = (id: string): string => `${DOCS_BASE}${id}.md`;
