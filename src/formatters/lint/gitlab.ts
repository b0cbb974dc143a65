import { createHash } from 'crypto';
import { compareFindings } from '../../core/diagnostic';
import { displayPath } from './paths';
import type { LintFormatter } from './types';

/** One issue of a GitLab Code Quality report (docs.gitlab.com/ci/testing/code_quality, "Code Quality report format"). */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end: number } };
}

/**
 * GitLab Code Quality JSON, for `artifacts: reports: codequality`: an array
 * of issues, errors `major` and warnings `minor`, each at its file (relative
 * to the working folder, which in a pipeline is the repository root) and
 * lines. GitLab tells new findings from fixed ones by the fingerprint, so it
 * hashes the file, the rule and the message but not the line, which moves
 * whenever a line is added above; the same finding twice in a file is told
 * apart by its count.
 */
export const gitlab: LintFormatter = (result, options) => {
  const issues: CodeQualityIssue[] = [];
  for (const file of result.files) {
    const path = displayPath(file.file, options.cwd);
    const seen = new Map<string, number>();
    for (const f of [...file.findings].sort(compareFindings)) {
      const identity = [path, f.ruleId, f.message].join('\0');
      const count = seen.get(identity) ?? 0;
      seen.set(identity, count + 1);
      issues.push({
        description: f.message,
        check_name: f.ruleId,
        fingerprint: createHash('md5').update(`${identity}\0${count}`).digest('hex'),
        severity: f.severity === 'error' ? 'major' : 'minor',
        location: { path, lines: { begin: f.range.start.line, end: Math.max(f.range.start.line, f.range.end.line) } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
