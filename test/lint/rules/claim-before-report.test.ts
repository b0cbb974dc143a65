import { claimBeforeReport } from '../../../src/lint/rules/claim-before-report';
import { fixture, lintFile, where } from './lint-fixture';

describe('claim-before-report', () => {
  it('bad.sla.yaml: warns of a claim deadline shorter than the report is due', () => {
    expect(where(lintFile(claimBeforeReport, fixture('claim-before-report', 'bad.sla.yaml')))).toEqual([
      "25:20 warning credits may be claimed for '10 days', but the report that shows them is due '15d' after the period: the claim deadline can pass before the customer has the report; give at least as long to claim",
    ]);
  });

  it('good.sla.yaml: passes two periods to claim against a report due in ten days', () => {
    expect(where(lintFile(claimBeforeReport, fixture('claim-before-report', 'good.sla.yaml')))).toEqual([]);
  });
});
