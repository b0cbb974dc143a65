import { chargesColumns } from '../../../src/lint/rules/charges-columns';
import { fixture, lintFile, where } from './lint-fixture';

describe('charges-columns', () => {
  it('bad.sla.yaml: reports charges sources without period or amount columns', () => {
    expect(where(lintFile(chargesColumns, fixture('charges-columns', 'bad.sla.yaml')))).toEqual([
      "13:20 error charges source 'billing' maps no `period` column (the billing period each amount was paid for): add `columns: { period: HEADER }`",
      "13:20 error charges source 'billing' maps no `amount` column (the amount paid): add `columns: { amount: HEADER }`",
      "14:50 error charges source 'invoices' maps no `amount` column (the amount paid): add `columns: { amount: HEADER }`",
    ]);
  });

  it('good.sla.yaml: passes a charges source with its columns', () => {
    expect(where(lintFile(chargesColumns, fixture('charges-columns', 'good.sla.yaml')))).toEqual([]);
  });
});
