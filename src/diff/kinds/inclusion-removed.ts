import type { KindSpec } from './spec';

/** docs/changes/inclusion-removed.md */
export const inclusionRemoved: KindSpec = {
  title: 'Inclusion removed',
  mirror: 'inclusion-added',
  benefits: 'provider',
  what: 'A service includes something less.',
  whom: 'The customer receives less.',
};
