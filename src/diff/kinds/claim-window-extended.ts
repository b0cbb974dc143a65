import type { KindSpec } from './spec';

/** docs/changes/claim-window-extended.md */
export const claimWindowExtended: KindSpec = {
  title: 'Claim window extended',
  mirror: 'claim-window-shortened',
  benefits: 'customer',
  what: 'The customer has more time to claim a credit.',
  whom: 'Favours the customer.',
};
