import { gitlab, type CodeQualityIssue } from '../../../src/formatters/lint/gitlab';
import { CLEAN, CWD, EMPTY, MIXED, fileResult, finding, lintResult } from './build';

const opts = { color: true, cwd: CWD };
const parse = (text: string) => JSON.parse(text) as CodeQualityIssue[];

// GitLab's documented fields of a Code Quality issue: description, check_name,
// fingerprint, severity (info, minor, major, critical, blocker), location.path
// (relative to the repository, not prefixed with ./) and location.lines.begin.
const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

describe('gitlab (Code Quality)', () => {
  it('is an empty array without findings', () => {
    expect(parse(gitlab(EMPTY, opts))).toEqual([]);
    expect(parse(gitlab(CLEAN, opts))).toEqual([]);
  });

  it('writes one issue per finding with the fields GitLab reads', () => {
    const issues = parse(gitlab(MIXED, opts));
    expect(issues).toHaveLength(4);
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(SEVERITIES).toContain(issue.severity);
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(issue.location.path).not.toMatch(/^(\.\/|\/)/);
      expect(Number.isInteger(issue.location.lines.begin)).toBe(true);
      expect(issue.location.lines.end).toBeGreaterThanOrEqual(issue.location.lines.begin);
    }
    expect(issues[0]).toEqual({
      description: 'unknown key "tagret" (did you mean "target"?)',
      check_name: 'schema',
      fingerprint: expect.any(String),
      severity: 'major',
      location: { path: 'agreements/hosting.sla.yaml', lines: { begin: 12, end: 12 } },
    });
    expect(issues.map((i) => [i.check_name, i.severity])).toEqual([
      ['schema', 'major'],
      ['target-unit', 'major'],
      ['credit-tier-gap', 'minor'],
      ['schema', 'major'],
    ]);
    expect(issues[3].location).toEqual({ path: 'sub dir/Überweisung & <ß>, 100%: "x".sla.yaml', lines: { begin: 3, end: 4 } });
    expect(issues[3].description).toBe('bad value: 50% & <more>, "quoted"\nsecond line: ]]> 中文 €');
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(4);
  });

  it('keeps a finding\'s fingerprint when lines move, and tells the same finding twice apart', () => {
    const at = (line: number) => finding('a.sla.yaml', 'valid-reference', 'error', "names service 'x', which does not exist", [line, 3]);
    const before = parse(gitlab(lintResult([fileResult('a.sla.yaml', [at(10)])]), opts));
    const after = parse(gitlab(lintResult([fileResult('a.sla.yaml', [at(14)])]), opts));
    expect(after[0].fingerprint).toBe(before[0].fingerprint);
    const twice = parse(gitlab(lintResult([fileResult('a.sla.yaml', [at(14), at(20)])]), opts));
    expect(twice[0].fingerprint).toBe(before[0].fingerprint);
    expect(twice[1].fingerprint).not.toBe(twice[0].fingerprint);
    const elsewhere = parse(gitlab(lintResult([fileResult('b.sla.yaml', [{ ...at(10), file: 'b.sla.yaml' }])]), opts));
    expect(elsewhere[0].fingerprint).not.toBe(before[0].fingerprint);
  });
});
