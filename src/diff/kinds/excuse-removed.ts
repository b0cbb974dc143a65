import type { KindSpec } from './spec';

/** docs/changes/excuse-removed.md */
export const excuseRemoved: KindSpec = {
  title: 'Excuse removed',
  mirror: 'excuse-added',
  benefits: 'customer',
  what: 'A customer obligation no longer excuses a provider metric.',
  whom: 'The provider\'s metric counts even when the customer misses the obligation.',
};
