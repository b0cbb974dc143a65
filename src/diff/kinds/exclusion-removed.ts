import type { KindSpec } from './spec';

/** docs/changes/exclusion-removed.md */
export const exclusionRemoved: KindSpec = {
  title: 'Exclusion removed',
  mirror: 'exclusion-added',
  benefits: 'customer',
  what: 'An exclusion is dropped: a general exclusion, a service exclusion, or time a metric left out of downtime.',
  whom: 'Fewer circumstances excuse the provider, which favours the customer.',
};
