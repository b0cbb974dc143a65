import { loadDocument } from '../../../src/core/load';
import { runRule, type ReportOptions } from '../../../src/lint/context';
import type { Rule } from '../../../src/lint/rule';

const text = 'sla: 1\nmetrics:\n  - id: uptime\n    target: ">= 99.5%"\n';
const doc = loadDocument(Buffer.from(text), 'x.sla.yaml');

const probe: Rule = {
  id: 'probe',
  description: 'reports what the test asks',
  defaultSeverity: 'error',
  check(context) {
    context.report(['metrics', 0, 'target'], 'at the value');
    context.report(['metrics', 0, 'target'], 'at the key', { at: 'key' });
    context.report(['metrics', 0, 'target'], 'at the value');
    const lower: ReportOptions = { severity: 'warning' };
    context.report(['metrics', 0, 'id'], 'lowered', lower);
    context.report(['metrics', 0, 'nothing-here'], 'at the nearest ancestor');
    if (context.fileExists('data.csv')) context.report([], `option ${String(context.options.max)}`);
  },
};

describe('runRule', () => {
  it('places findings at the value or the key, drops exact repeats and lowers on request', () => {
    const findings = runRule(probe, doc, { severity: 'error', options: { max: 3 }, fileExists: (p) => p === 'data.csv' });
    expect(findings.map((f) => [f.ruleId, f.severity, f.message, f.file, f.range.start.line, f.range.start.column, f.range.end.column])).toEqual([
      ['probe', 'error', 'at the value', 'x.sla.yaml', 4, 13, 23],
      ['probe', 'error', 'at the key', 'x.sla.yaml', 4, 5, 11],
      ['probe', 'warning', 'lowered', 'x.sla.yaml', 3, 9, 15],
      ['probe', 'error', 'at the nearest ancestor', 'x.sla.yaml', 3, 5, 1],
      ['probe', 'error', 'option 3', 'x.sla.yaml', 1, 1, 1],
    ]);
  });

  it('uses the severity it is given and never raises a lowered finding', () => {
    const findings = runRule(probe, doc, { severity: 'warning', fileExists: () => false });
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(findings.map((f) => f.message)).not.toContain('option 3');
  });

  it('gives nothing for a document that did not parse', () => {
    const broken = loadDocument(Buffer.from('a: [\n'), 'broken.sla.yaml');
    expect(runRule(probe, broken, { severity: 'error', fileExists: () => true })).toEqual([]);
  });
});
