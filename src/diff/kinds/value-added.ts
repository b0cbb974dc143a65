import type { KindSpec } from './spec';

/** docs/changes/value-added.md */
export const valueAdded: KindSpec = {
  title: 'Value added',
  mirror: 'value-removed',
  benefits: 'review',
  what: 'A key or list item without a more specific kind was added.',
  whom: 'The diff cannot tell from the file whom it favours: review it.',
};
