import type { KindSpec } from './spec';

/** docs/changes/minimum-lowered.md */
export const minimumLowered: KindSpec = {
  title: 'Credit minimum lowered',
  mirror: 'minimum-raised',
  benefits: 'customer',
  what: 'The smallest credit that is issued is lower (or the minimum is removed).',
  whom: 'The customer receives more small credits.',
};
