import { creditTierMonotonic } from '../../../src/lint/rules/credit-tier-monotonic';
import { fixture, lintFile, where } from './lint-fixture';

describe('credit-tier-monotonic', () => {
  it('bad.sla.yaml: reports stricter tiers with smaller or equal credits and repeated conditions', () => {
    expect(where(lintFile(creditTierMonotonic, fixture('credit-tier-monotonic', 'bad.sla.yaml')))).toEqual([
      "25:34 error tier 2 ('< 99%', 3%) gives a smaller credit than tier 1 ('< 99.5%', 5%): a stricter tier must give a larger credit",
      "26:34 error tier 3 ('< 95%', 5%) gives the same credit as tier 1 ('< 99.5%', 5%): a stricter tier must give a larger credit",
      "39:37 error tier 1 ('> 2000ms', 5%) gives a smaller credit than tier 2 ('> 600ms', 10%): a stricter tier must give a larger credit",
      "41:17 error tier 3 repeats the condition of tier 2 ('> 600ms'): each tier needs its own bound",
    ]);
  });

  it('good.sla.yaml: passes larger credits for stricter tiers in any order', () => {
    expect(where(lintFile(creditTierMonotonic, fixture('credit-tier-monotonic', 'good.sla.yaml')))).toEqual([]);
  });
});
