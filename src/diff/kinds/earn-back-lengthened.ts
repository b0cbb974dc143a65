import type { KindSpec } from './spec';

/** docs/changes/earn-back-lengthened.md */
export const earnBackLengthened: KindSpec = {
  title: 'Earn-back lengthened',
  mirror: 'earn-back-shortened',
  benefits: 'counterparty',
  what: 'More periods in a row must meet the target before a credit is waived (`earnBack.periods` raised).',
  whom: 'A credit is harder to waive, which favours the customer.',
};
