import { creditRange } from '../../../src/lint/rules/credit-range';
import { fixture, lintFile, where } from './lint-fixture';

describe('credit-range', () => {
  it('bad.sla.yaml: reports a tier credit, a cap and a percentage cap above 100%, not a cap in money', () => {
    expect(where(lintFile(creditRange, fixture('credit-range', 'bad.sla.yaml')))).toEqual([
      "25:34 error the credit of tier 2 of metric 'uptime' is 150%: a credit is a percentage of the fee from 0% to 100%",
      "28:8 error credits.cap is 120%: a credit is a percentage of the fee from 0% to 100%",
      "30:14 error credits.caps[0].max is 120%: a credit is a percentage of the fee from 0% to 100%",
    ]);
  });

  it('good.sla.yaml: passes credits and cap up to 100%', () => {
    expect(where(lintFile(creditRange, fixture('credit-range', 'good.sla.yaml')))).toEqual([]);
  });
});
