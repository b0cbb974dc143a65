import type { KindSpec } from './spec';

/** docs/changes/combine-to-max.md */
export const combineToMax: KindSpec = {
  title: 'Credits no longer summed',
  mirror: 'combine-to-sum',
  benefits: 'provider',
  what: 'Several missed metrics of one service now earn only the largest credit (`combine: sum` → `max`).',
  whom: 'The customer receives the largest credit instead of the sum.',
};
