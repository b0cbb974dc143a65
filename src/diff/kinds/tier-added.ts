import type { KindSpec } from './spec';

/** docs/changes/tier-added.md */
export const tierAdded: KindSpec = {
  title: 'Credit tier added',
  mirror: 'tier-removed',
  benefits: 'counterparty',
  what: 'A metric gains a service credit tier: another condition under which a credit is owed.',
  whom: 'More breaches earn a credit, which favours the party that receives credits (the customer, for a provider\'s metric).',
};
