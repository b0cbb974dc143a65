import { creditBand } from '../../../src/lint/rules/credit-band';
import { fixture, lintFile, where } from './lint-fixture';

describe('credit-band', () => {
  it('bad.sla.yaml: reports a band of two lower bounds and a band that holds no value', () => {
    expect(where(lintFile(creditBand, fixture('credit-band', 'bad.sla.yaml')))).toEqual([
      "24:17 error tier 2 ('> 99% and > 98%') of metric 'uptime' joins two lower bounds: a band is a lower and an upper bound, such as '> 99% and <= 99.9%'; keep the one that counts",
      "25:17 error tier 3 ('> 99.9% and < 99%') of metric 'uptime' holds no value: its lower bound is not below its upper bound, so the tier never applies",
    ]);
  });

  it('good.sla.yaml: passes bands with a lower and an upper bound', () => {
    expect(where(lintFile(creditBand, fixture('credit-band', 'good.sla.yaml')))).toEqual([]);
  });
});
