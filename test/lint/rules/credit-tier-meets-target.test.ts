import { creditTierMeetsTarget } from '../../../src/lint/rules/credit-tier-meets-target';
import { fixture, lintFile, where } from './lint-fixture';

describe('credit-tier-meets-target', () => {
  it('bad.sla.yaml: reports tiers and bands that hold at or above the target value', () => {
    expect(where(lintFile(creditTierMeetsTarget, fixture('credit-tier-meets-target', 'bad.sla.yaml')))).toEqual([
      "24:17 error tier 1 ('<= 99.5%', 5%) of metric 'uptime' holds at exactly 99.5%, which meets the target '>= 99.5%': a credit would be owed while the objective holds (the breach side is '< 99.5%')",
      "25:17 error tier 2 ('< 99.8%', 2%) of metric 'uptime' holds for values between 99.5% and 99.8%, which meet the target '>= 99.5%': a credit would be owed while the objective holds (the breach side is '< 99.5%')",
      "38:17 error tier 1 ('> 500ms', 5%) of metric 'p95' holds for values between 500ms and 600ms, which meet the target '<= 600ms': a credit would be owed while the objective holds (the breach side is '> 600ms')",
      "48:17 error tier 1 ('>= 99% and <= 99.95%', 10%) of metric 'features' holds for values between 99.9% and 99.95%, which meet the target '>= 99.9%': a credit would be owed while the objective holds (the breach side is '< 99.9%')",
    ]);
  });

  it('good.sla.yaml: passes tiers that hold only on breaches, with exact bounds', () => {
    expect(where(lintFile(creditTierMeetsTarget, fixture('credit-tier-meets-target', 'good.sla.yaml')))).toEqual([]);
  });
});
