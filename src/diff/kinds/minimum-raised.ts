import type { KindSpec } from './spec';

/** docs/changes/minimum-raised.md */
export const minimumRaised: KindSpec = {
  title: 'Credit minimum raised',
  mirror: 'minimum-lowered',
  benefits: 'provider',
  what: 'The smallest credit that is issued is higher: more small credits are not issued.',
  whom: 'The customer receives fewer small credits.',
};
