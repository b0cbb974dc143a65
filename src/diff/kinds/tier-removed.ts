import type { KindSpec } from './spec';

/** docs/changes/tier-removed.md */
export const tierRemoved: KindSpec = {
  title: 'Credit tier removed',
  mirror: 'tier-added',
  benefits: 'owner',
  what: 'A metric loses a service credit tier.',
  whom: 'Fewer breaches earn a credit, which favours the metric\'s owner (the provider pays less).',
};
