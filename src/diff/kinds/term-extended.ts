import type { KindSpec } from './spec';

/** docs/changes/term-extended.md */
export const termExtended: KindSpec = {
  title: 'Term extended',
  mirror: 'term-shortened',
  benefits: 'review',
  what: 'The agreement is in force for more time.',
  whom: 'Both parties are bound for longer; it is for review.',
};
