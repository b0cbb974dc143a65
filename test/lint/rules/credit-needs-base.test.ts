import { creditNeedsBase } from '../../../src/lint/rules/credit-needs-base';
import { fixture, lintFile, where } from './lint-fixture';

describe('credit-needs-base', () => {
  it('bad.sla.yaml: reports a multiple credit on a service without a fee or a base', () => {
    expect(where(lintFile(creditNeedsBase, fixture('credit-needs-base', 'bad.sla.yaml')))).toEqual([
      "23:36 error tier 1 of metric 'uptime' credits 10 times what the customer paid for the downtime, but service 'chat' has no `fee` and no `base`: there is nothing to multiply; give the service a fee or `base: { charges: SOURCE }`",
    ]);
  });

  it('good.sla.yaml: passes multiples of a fee and of charges', () => {
    expect(where(lintFile(creditNeedsBase, fixture('credit-needs-base', 'good.sla.yaml')))).toEqual([]);
  });
});
