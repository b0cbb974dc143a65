import { creditTierGap } from '../../../src/lint/rules/credit-tier-gap';
import { fixture, lintFile, where } from './lint-fixture';

describe('credit-tier-gap', () => {
  it('bad.sla.yaml: warns of a band and of exact boundaries that no tier covers', () => {
    expect(where(lintFile(creditTierGap, fixture('credit-tier-gap', 'bad.sla.yaml')))).toEqual([
      "24:17 warning metric 'uptime' pays no credit for values between 99.8% and 99.9%: they miss the target '>= 99.9%' but match no tier (the loosest is tier 1, '<= 99.8%'); start the first tier at '< 99.9%'",
      "35:17 warning metric 'git-uptime' pays no credit at exactly 99.9%: that value misses the target '> 99.9%' but matches no tier (the loosest is tier 1, '< 99.9%'); start the first tier at '<= 99.9%'",
      "48:17 warning metric 'p95' pays no credit at exactly 600ms: that value misses the target '< 600ms' but matches no tier (the loosest is tier 1, '> 600ms'); start the first tier at '>= 600ms'",
    ]);
  });

  it('good.sla.yaml: passes tiers that start at the target boundary, and metrics without tiers', () => {
    expect(where(lintFile(creditTierGap, fixture('credit-tier-gap', 'good.sla.yaml')))).toEqual([]);
  });
});
