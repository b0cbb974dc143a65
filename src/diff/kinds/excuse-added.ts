import type { KindSpec } from './spec';

/** docs/changes/excuse-added.md */
export const excuseAdded: KindSpec = {
  title: 'Excuse added',
  mirror: 'excuse-removed',
  benefits: 'provider',
  what: 'A customer obligation now excuses another provider metric when it is missed (`excuses`).',
  whom: 'The provider\'s metric can be excused, which favours the provider.',
};
