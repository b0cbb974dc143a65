import { customerNoCredits } from '../../../src/lint/rules/customer-no-credits';
import { fixture, lintFile, where } from './lint-fixture';

describe('customer-no-credits', () => {
  it('bad.sla.yaml: reports credits on a customer-owned metric', () => {
    expect(where(lintFile(customerNoCredits, fixture('customer-no-credits', 'bad.sla.yaml')))).toEqual([
      "32:5 error metric 'change-requests' is owned by the customer 'customer' and carries credits: credits are owed by the provider; a customer obligation excuses provider metrics instead (`excuses`)",
    ]);
  });

  it('good.sla.yaml: passes a customer obligation that excuses instead', () => {
    expect(where(lintFile(customerNoCredits, fixture('customer-no-credits', 'good.sla.yaml')))).toEqual([]);
  });
});
