import type { KindSpec } from './spec';

/** docs/changes/inclusion-added.md */
export const inclusionAdded: KindSpec = {
  title: 'Inclusion added',
  mirror: 'inclusion-removed',
  benefits: 'customer',
  what: 'A service includes something more (`includes`).',
  whom: 'The customer receives more.',
};
