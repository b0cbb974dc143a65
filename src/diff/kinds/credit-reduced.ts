import type { KindSpec } from './spec';

/** docs/changes/credit-reduced.md */
export const creditReduced: KindSpec = {
  title: 'Credit reduced',
  mirror: 'credit-raised',
  benefits: 'owner',
  what: 'A credit tier (matched by its condition) grants a smaller percentage of the fee.',
  whom: 'The customer receives less when the tier applies; the provider pays less.',
};
