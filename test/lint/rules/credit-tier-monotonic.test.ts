import { creditTierMonotonic } from '../../../src/lint/rules/credit-tier-monotonic';
import { fixture, lintFile, where } from './lint-fixture';

describe('credit-tier-monotonic', () => {
  it('bad.sla.yaml: reports stricter tiers and bands with smaller or equal credits of the same form, and repeated conditions and bands', () => {
    expect(where(lintFile(creditTierMonotonic, fixture('credit-tier-monotonic', 'bad.sla.yaml')))).toEqual([
      "25:34 error tier 2 ('< 99%', 3%) gives a smaller credit than tier 1 ('< 99.5%', 5%): a stricter tier must give a larger credit",
      "26:34 error tier 3 ('< 95%', 5%) gives the same credit as tier 1 ('< 99.5%', 5%): a stricter tier must give a larger credit",
      "39:37 error tier 1 ('> 2000ms', 5%) gives a smaller credit than tier 2 ('> 600ms', 10%): a stricter tier must give a larger credit",
      "41:17 error tier 3 repeats the condition of tier 2 ('> 600ms'): each tier needs its own bound",
      "52:34 error tier 2 ('< 99%', 10%) gives a smaller credit than tier 1 ('>= 99% and < 99.9%', 25%): a stricter tier must give a larger credit",
      "64:17 error tier 2 repeats the condition of tier 1 ('>= 99% and < 99.9%'): each tier needs its own bound",
    ]);
  });

  it('good.sla.yaml: passes larger credits for stricter tiers and bands in any order, and one band with credits of two forms', () => {
    expect(where(lintFile(creditTierMonotonic, fixture('credit-tier-monotonic', 'good.sla.yaml')))).toEqual([]);
  });
});
