import type { KindSpec } from './spec';

/** docs/changes/credit-raised.md */
export const creditRaised: KindSpec = {
  title: 'Credit raised',
  mirror: 'credit-reduced',
  benefits: 'counterparty',
  what: 'A credit tier (matched by its condition) grants a larger percentage of the fee.',
  whom: 'The customer receives more when the tier applies.',
};
