import type { KindSpec } from './spec';

/** docs/changes/responsibility-removed.md */
export const responsibilityRemoved: KindSpec = {
  title: 'Responsibility removed',
  mirror: 'responsibility-added',
  benefits: 'owner',
  what: 'A party undertakes something less.',
  whom: 'The party is released from a duty, which favours it.',
};
