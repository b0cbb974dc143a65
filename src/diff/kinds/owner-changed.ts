import type { KindSpec } from './spec';

/** docs/changes/owner-changed.md */
export const ownerChanged: KindSpec = {
  title: 'Owner changed',
  mirror: 'owner-changed',
  benefits: 'review',
  what: 'A metric\'s owner (the party responsible for meeting it) changed.',
  whom: 'The commitment moves between parties: review it.',
};
