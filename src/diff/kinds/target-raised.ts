import type { KindSpec } from './spec';

/** docs/changes/target-raised.md */
export const targetRaised: KindSpec = {
  title: 'Target raised',
  mirror: 'target-lowered',
  benefits: 'counterparty',
  what: 'A metric\'s target asks for more: fewer values meet it (`>= 99.5%` → `>= 99.9%`, or `<= 800ms` → `<= 600ms`).',
  whom: 'The owner of the metric must do more: raising a provider\'s target favours the customer, tightening a customer obligation favours the provider.',
};
