import { creditTierGap } from '../../../src/lint/rules/credit-tier-gap';
import { fixture, lintFile, where } from './lint-fixture';

describe('credit-tier-gap', () => {
  it('bad.sla.yaml: warns of a band and of exact boundaries that no tier covers, next to the target, between bands and beyond the last', () => {
    expect(where(lintFile(creditTierGap, fixture('credit-tier-gap', 'bad.sla.yaml')))).toEqual([
      "24:17 warning metric 'uptime' pays no credit for values between 99.8% and 99.9%: they miss the target '>= 99.9%' but match no tier (the loosest is tier 1, '<= 99.8%'); start the first tier at '< 99.9%'",
      "35:17 warning metric 'git-uptime' pays no credit at exactly 99.9%: that value misses the target '> 99.9%' but matches no tier (the loosest is tier 1, '< 99.9%'); start the first tier at '<= 99.9%'",
      "48:17 warning metric 'p95' pays no credit at exactly 600ms: that value misses the target '< 600ms' but matches no tier (the loosest is tier 1, '> 600ms'); start the first tier at '>= 600ms'",
      "58:17 warning metric 'features' pays no credit at exactly 99%: that value misses the target '>= 99.9%' but matches no tier (between tier 1, '> 99% and < 99.9%', and tier 2, '< 99%')",
      "69:17 warning metric 'bands-short' pays no credit for values between 98% and 99%: they miss the target '>= 99.5%' but match no tier (between tier 1, '>= 99% and < 99.5%', and tier 2, '>= 95% and < 98%')",
      "70:17 warning metric 'bands-short' pays no credit for values below 95%: they miss the target '>= 99.5%' but match no tier (the farthest is tier 2, '>= 95% and < 98%')",
      "83:17 warning metric 'slow-bands' pays no credit for values above 2000ms: they miss the target '<= 600ms' but match no tier (the farthest is tier 1, '> 600ms and <= 2000ms')",
    ]);
  });

  it('good.sla.yaml: passes tiers that start at the target boundary, and metrics without tiers', () => {
    expect(where(lintFile(creditTierGap, fixture('credit-tier-gap', 'good.sla.yaml')))).toEqual([]);
  });
});
