import { feePeriodMatch } from '../../../src/lint/rules/fee-period-match';
import { fixture, lintFile, where } from './lint-fixture';

describe('fee-period-match', () => {
  it('bad.sla.yaml: reports credits per quarter on a monthly fee', () => {
    expect(where(lintFile(feePeriodMatch, fixture('fee-period-match', 'bad.sla.yaml')))).toEqual([
      "20:13 error metric 'uptime' has credits per quarter, but service 'hosting' is billed per month: a credit is a share of the fee for the same period, so make them match",
    ]);
  });

  it('good.sla.yaml: passes matching periods and metrics without credits', () => {
    expect(where(lintFile(feePeriodMatch, fixture('fee-period-match', 'good.sla.yaml')))).toEqual([]);
  });
});
