import type { KindSpec } from './spec';

/** docs/changes/earn-back-shortened.md */
export const earnBackShortened: KindSpec = {
  title: 'Earn-back shortened',
  mirror: 'earn-back-lengthened',
  benefits: 'owner',
  what: 'Fewer periods must meet the target before a credit is waived (`earnBack.periods` lowered).',
  whom: 'A credit is easier to waive, which favours the provider.',
};
