import type { KindSpec } from './spec';

/** docs/changes/earn-back-removed.md */
export const earnBackRemoved: KindSpec = {
  title: 'Earn-back removed',
  mirror: 'earn-back-added',
  benefits: 'counterparty',
  what: 'A metric\'s credits can no longer be waived by meeting the target again.',
  whom: 'Every credit owed stands, which favours the customer.',
};
