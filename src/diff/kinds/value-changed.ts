import type { KindSpec } from './spec';

/** docs/changes/value-changed.md */
export const valueChanged: KindSpec = {
  title: 'Value changed',
  mirror: 'value-changed',
  benefits: 'review',
  what: 'A value without a more specific kind changed (also every key added to the format later, until it has its own kind).',
  whom: 'The diff cannot tell from the file whom it favours: review it.',
};
