import type { KindSpec } from './spec';

/** docs/changes/exclusion-added.md */
export const exclusionAdded: KindSpec = {
  title: 'Exclusion added',
  mirror: 'exclusion-removed',
  benefits: 'provider',
  what: 'Something more is excluded: a general exclusion, a service exclusion, or time a metric leaves out of downtime (`exclude`).',
  whom: 'More circumstances do not count against the provider.',
};
