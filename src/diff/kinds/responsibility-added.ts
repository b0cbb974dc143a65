import type { KindSpec } from './spec';

/** docs/changes/responsibility-added.md */
export const responsibilityAdded: KindSpec = {
  title: 'Responsibility added',
  mirror: 'responsibility-removed',
  benefits: 'counterparty',
  what: 'A party undertakes something more (`parties[].responsibilities`).',
  whom: 'The party takes on a duty, which favours the other party.',
};
