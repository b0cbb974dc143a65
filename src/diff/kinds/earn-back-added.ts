import type { KindSpec } from './spec';

/** docs/changes/earn-back-added.md */
export const earnBackAdded: KindSpec = {
  title: 'Earn-back added',
  mirror: 'earn-back-removed',
  benefits: 'owner',
  what: 'A metric\'s credits can now be waived when the target is met again in the following periods (`earnBack`).',
  whom: 'A credit the customer was owed can fall away, which favours the provider.',
};
