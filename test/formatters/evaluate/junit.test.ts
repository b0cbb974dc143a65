import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { junit } from '../../../src/formatters/evaluate/junit';
import { options, referenceEvaluation, withEdgeCases } from './fixture';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' });

describe('junit format', () => {
  it('is valid XML with a suite per metric and a case per period', () => {
    const evaluation = withEdgeCases(referenceEvaluation('managed-hosting'));
    const text = junit(evaluation, options('managed-hosting'));
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = parser.parse(text);
    const suites = doc.testsuites.testsuite as { name: string; tests: string; failures: string; testcase: Record<string, unknown>[] }[];
    const metrics = [...new Set(evaluation.results.map((r) => r.metric))];
    expect(suites.map((s) => s.name)).toEqual(metrics);
    const cases = suites.flatMap((s) => s.testcase);
    expect(cases).toHaveLength(evaluation.results.length);
    expect(cases.filter((c) => 'failure' in c)).toHaveLength(evaluation.results.filter((r) => r.status === 'breached').length);
    expect(cases.filter((c) => 'skipped' in c)).toHaveLength(1);
    expect(Number(doc.testsuites.failures)).toBe(evaluation.totals.breached);
    for (const s of suites) expect(Number(s.tests)).toBe(s.testcase.length);
  });

  it('escapes names and marks partial periods', () => {
    const text = junit(withEdgeCases(referenceEvaluation('managed-hosting')), options('managed-hosting'));
    const doc = parser.parse(text);
    const names = (doc.testsuites.testsuite as { name: string }[]).map((s) => s.name);
    expect(names).toContain('odd, "quoted" <name>');
    expect(text).toContain('name="2026-12 (partial)"');
  });
});
