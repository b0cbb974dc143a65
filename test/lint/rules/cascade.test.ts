import { loadDocument } from '../../../src/core/load';
import { validateAgreement } from '../../../src/core/validate';
import { runRule } from '../../../src/lint/context';
import { builtinRules } from '../../../src/lint/rules';

const base = `sla: 1
id: FX-ONE
title: One mistake at a time
term: { start: 2026-01-01, end: 2026-12-31 }
timezone: Europe/Berlin
parties:
  - { id: provider, role: provider, name: Provider Ltd }
  - { id: customer, role: customer, name: Customer Ltd }
services:
  - { id: hosting, name: Hosting, fee: { amount: 1000, per: month } }
data:
  incidents: { kind: intervals, file: incidents.csv }
  requests: { kind: events, file: requests.csv }
metrics:
  - id: uptime
    name: Uptime
    service: hosting
    owner: provider
    kind: availability
    data: incidents
    period: month
    target: ">= 99.5%"
    warning: "< 99.7%"
    credits:
      - { when: "< 99.5%", credit: 5% }
      - { when: "< 99%", credit: 10% }
    earnBack: { periods: 2 }
`;

function lintAll(text: string): string[] {
  const doc = loadDocument(Buffer.from(text), 'one.sla.yaml');
  expect(validateAgreement(doc)).toEqual([]);
  return builtinRules.flatMap((rule) =>
    runRule(rule, doc, { severity: rule.defaultSeverity, fileExists: () => true }).map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column}`),
  );
}

// One mistake, one finding: rules that depend on a reference, a unit or a direction stay quiet when another rule owns the problem.
describe('one mistake gives one finding across all rules', () => {
  it('the base agreement is clean', () => {
    expect(lintAll(base)).toEqual([]);
  });

  it.each([
    ['a target without %', ['target: ">= 99.5%"', 'target: ">= 99.5"'], ['target-unit 22:13']],
    ['a tier in the wrong unit', ['{ when: "< 99%", credit: 10% }', '{ when: "< 99ms", credit: 10% }'], ['target-unit 26:17']],
    ['a tier pointing the wrong way', ['{ when: "< 99%", credit: 10% }', '{ when: "> 99%", credit: 10% }'], ['credit-tier-direction 26:17']],
    ['a misspelt data source', ['data: incidents', 'data: incident'], ['valid-reference 20:11']],
    ['a misspelt owner', ['owner: provider', 'owner: provder'], ['metric-owner-party 18:12']],
    ['a misspelt service', ['service: hosting', 'service: hostng'], ['valid-reference 17:14']],
    ['a warning on the breach side', ['warning: "< 99.7%"', 'warning: "< 99%"'], ['warning-met-side 23:14']],
    ['a first tier that leaves a band', ['{ when: "< 99.5%", credit: 5% }', '{ when: "< 99.4%", credit: 5% }'], ['credit-tier-gap 25:17']],
    ['a first tier that includes the target', ['{ when: "< 99.5%", credit: 5% }', '{ when: "<= 99.5%", credit: 5% }'], ['credit-tier-meets-target 25:17']],
  ])('%s', (_what, [from, to], expected) => {
    expect(base).toContain(from);
    expect(lintAll(base.replace(from, to))).toEqual(expected);
  });
});
