import type { KindSpec } from './spec';

/** docs/changes/service-added.md */
export const serviceAdded: KindSpec = {
  title: 'Service added',
  mirror: 'service-removed',
  benefits: 'customer',
  what: 'A new service is covered by the agreement.',
  whom: 'The customer gains a covered service.',
};
