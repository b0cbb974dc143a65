import type { KindSpec } from './spec';

/** docs/changes/combine-to-sum.md */
export const combineToSum: KindSpec = {
  title: 'Credits summed',
  mirror: 'combine-to-max',
  benefits: 'customer',
  what: 'Several missed metrics of one service now add their credits up (`combine: max` → `sum`).',
  whom: 'The customer receives the sum instead of the largest credit.',
};
