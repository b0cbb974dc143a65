import type { KindSpec } from './spec';

/** docs/changes/claim-window-shortened.md */
export const claimWindowShortened: KindSpec = {
  title: 'Claim window shortened',
  mirror: 'claim-window-extended',
  benefits: 'provider',
  what: 'The customer has less time to claim a credit (`credits.claim.within`).',
  whom: 'Late claims are lost sooner, which favours the provider.',
};
