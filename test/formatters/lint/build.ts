import type { Finding, Severity } from '../../../src/core/diagnostic';
import { helpUri, type FileResult, type LintResult, type RuleMeta } from '../../../src/lint/result';

export const CWD = '/work/project';

export function finding(
  file: string,
  ruleId: string,
  severity: Severity,
  message: string,
  at: [number, number, number?, number?],
): Finding {
  const [line, column, endLine = line, endColumn = column + 1] = at;
  return { ruleId, severity, message, file, range: { start: { line, column }, end: { line: endLine, column: endColumn } } };
}

export function fileResult(file: string, findings: Finding[]): FileResult {
  return {
    file,
    findings,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    warningCount: findings.filter((f) => f.severity === 'warning').length,
  };
}

export const RULES: RuleMeta[] = [
  { id: 'yaml-syntax', description: 'The file is valid YAML', defaultSeverity: 'error', helpUri: helpUri('yaml-syntax') },
  { id: 'schema', description: 'The agreement matches the schema', defaultSeverity: 'error', helpUri: helpUri('schema') },
  { id: 'credit-tier-gap', description: 'Credit tiers leave no gap', defaultSeverity: 'warning', helpUri: helpUri('credit-tier-gap') },
  { id: 'target-unit', description: "A target's unit fits its kind", defaultSeverity: 'error', helpUri: helpUri('target-unit') },
];

export function lintResult(files: FileResult[], rules: RuleMeta[] = RULES): LintResult {
  return {
    files,
    errorCount: files.reduce((n, f) => n + f.errorCount, 0),
    warningCount: files.reduce((n, f) => n + f.warningCount, 0),
    rules,
  };
}

export const EMPTY = lintResult([]);
export const CLEAN = lintResult([fileResult('agreements/clean.sla.yaml', [])]);

/** Two files with findings (out of order, to test sorting), one clean, odd characters throughout. */
export const MIXED = lintResult([
  fileResult(`${CWD}/agreements/hosting.sla.yaml`, [
    finding(`${CWD}/agreements/hosting.sla.yaml`, 'target-unit', 'error', 'target ">= 99.5" needs a unit: write ">= 99.5%"', [41, 13, 41, 22]),
    finding(`${CWD}/agreements/hosting.sla.yaml`, 'schema', 'error', 'unknown key "tagret" (did you mean "target"?)', [12, 5, 12, 11]),
    finding(`${CWD}/agreements/hosting.sla.yaml`, 'credit-tier-gap', 'warning', 'values in (99.8%, 99.9%) match no tier', [130, 7]),
  ]),
  fileResult('agreements/clean.sla.yaml', []),
  fileResult('sub dir/Überweisung & <ß>, 100%: "x".sla.yaml', [
    finding('sub dir/Überweisung & <ß>, 100%: "x".sla.yaml', 'schema', 'error', 'bad value: 50% & <more>, "quoted"\nsecond line: ]]> 中文 €', [3, 1, 4, 2]),
  ]),
]);
