import type { KindSpec } from './spec';

/** docs/changes/value-removed.md */
export const valueRemoved: KindSpec = {
  title: 'Value removed',
  mirror: 'value-added',
  benefits: 'review',
  what: 'A key or list item without a more specific kind was removed.',
  whom: 'The diff cannot tell from the file whom it favours: review it.',
};
