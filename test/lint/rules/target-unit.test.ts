import { targetUnit } from '../../../src/lint/rules/target-unit';
import { fixture, lintFile, where } from './lint-fixture';

describe('target-unit', () => {
  it('bad.sla.yaml: reports targets and tiers in the wrong unit, and percentages above 100%', () => {
    expect(where(lintFile(targetUnit, fixture('target-unit', 'bad.sla.yaml')))).toEqual([
      "22:13 error target '>= 99.5' of availability metric 'uptime' must be a percentage such as '>= 99.5%'",
      "31:13 error target '>= 100.5%' of ratio metric 'fast' is outside 0% to 100%, where every percentage lies",
      "42:13 error target '<= 1s' of percentile metric 'p95' is in s, but the metric's unit is ms: write it in ms",
      "44:17 error tier 1 condition '> 1%' of percentile metric 'p95' must be a time such as '<= 600ms'",
      "53:13 error target '>= 1000ms' of aggregate metric 'volume' must be a plain number such as '>= 100'",
      "63:17 error tier 1 condition '< 5m' of availability metric 'band' must be a percentage such as '>= 99.5%'",
    ]);
  });

  it('good.sla.yaml: passes percentages, times in the metric unit and plain numbers', () => {
    expect(where(lintFile(targetUnit, fixture('target-unit', 'good.sla.yaml')))).toEqual([]);
  });
});
