import type { KindSpec } from './spec';

/** docs/changes/service-removed.md */
export const serviceRemoved: KindSpec = {
  title: 'Service removed',
  mirror: 'service-added',
  benefits: 'provider',
  what: 'A service is no longer covered by the agreement.',
  whom: 'The customer loses a covered service.',
};
