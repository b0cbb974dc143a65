import { compareFindings } from '../../core/diagnostic';
import type { LintFormatter } from './types';

/**
 * Stable machine output, one entry per linted file (clean ones included),
 * findings sorted by position; positions are 1-based, `endColumn` exclusive:
 *
 *   [{ "file": string, "errorCount": number, "warningCount": number,
 *      "findings": [{ "ruleId": string, "severity": "error" | "warning",
 *                     "message": string, "line": number, "column": number,
 *                     "endLine": number, "endColumn": number }] }]
 *
 * `file` is the path as given on the command line ('<stdin>' for -). Keys are
 * only ever added, never renamed or removed.
 */
export interface JsonFinding {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface JsonFileResult {
  file: string;
  errorCount: number;
  warningCount: number;
  findings: JsonFinding[];
}

export const json: LintFormatter = (result) => {
  const files: JsonFileResult[] = result.files.map((file) => ({
    file: file.file,
    errorCount: file.errorCount,
    warningCount: file.warningCount,
    findings: [...file.findings].sort(compareFindings).map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.range.start.line,
      column: f.range.start.column,
      endLine: f.range.end.line,
      endColumn: f.range.end.column,
    })),
  }));
  return `${JSON.stringify(files, null, 2)}\n`;
};
