import { feePeriodMatch } from '../../../src/lint/rules/fee-period-match';
import { fixture, lintFile, where } from './lint-fixture';

describe('fee-period-match', () => {
  it('bad.sla.yaml: reports credits per quarter on a monthly fee without a conversion', () => {
    expect(where(lintFile(feePeriodMatch, fixture('fee-period-match', 'bad.sla.yaml')))).toEqual([
      "20:13 error metric 'uptime' has credits per quarter, but service 'hosting' is billed per month: a credit is a share of the fee for the credited period, so make them match or say how the fee is converted (`credits.feeConversion: prorate` or `equal-parts`)",
    ]);
  });

  it('bad-equal-parts.sla.yaml: reports equal parts between weeks and months, which do not nest', () => {
    expect(where(lintFile(feePeriodMatch, fixture('fee-period-match', 'bad-equal-parts.sla.yaml')))).toEqual([
      "20:13 error metric 'uptime' has credits per week, but service 'hosting' is billed per month, and months and weeks do not nest, so `feeConversion: equal-parts` cannot divide one into the other: use `prorate` or make them match",
    ]);
  });

  it('good.sla.yaml: passes matching periods and metrics without credits', () => {
    expect(where(lintFile(feePeriodMatch, fixture('fee-period-match', 'good.sla.yaml')))).toEqual([]);
  });

  it('good-converted.sla.yaml: passes fees converted in equal parts between months and quarters, both ways', () => {
    expect(where(lintFile(feePeriodMatch, fixture('fee-period-match', 'good-converted.sla.yaml')))).toEqual([]);
  });
});
