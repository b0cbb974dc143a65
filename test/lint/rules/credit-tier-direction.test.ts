import { creditTierDirection } from '../../../src/lint/rules/credit-tier-direction';
import { fixture, lintFile, where } from './lint-fixture';

describe('credit-tier-direction', () => {
  it('bad.sla.yaml: reports tiers on the met side, for >= and <= targets', () => {
    expect(where(lintFile(creditTierDirection, fixture('credit-tier-direction', 'bad.sla.yaml')))).toEqual([
      "25:17 error tier 2 ('>= 99%') of metric 'uptime' points the wrong way: the target '>= 99.5%' is breached by lower values, so a tier starts with '<' or '<='",
      "38:17 error tier 1 ('< 600ms') of metric 'p95' points the wrong way: the target '<= 600ms' is breached by higher values, so a tier starts with '>' or '>='",
    ]);
  });

  it('good.sla.yaml: passes tiers on the breach side', () => {
    expect(where(lintFile(creditTierDirection, fixture('credit-tier-direction', 'good.sla.yaml')))).toEqual([]);
  });
});
