import type { KindSpec } from './spec';

/** docs/changes/tier-widened.md */
export const tierWidened: KindSpec = {
  title: 'Credit tier widened',
  mirror: 'tier-narrowed',
  benefits: 'counterparty',
  what: 'A credit tier\'s condition holds for more values (`< 99%` → `< 99.5%`): the credit is earned sooner.',
  whom: 'More values earn the tier\'s credit, which favours the customer for a provider\'s metric.',
};
