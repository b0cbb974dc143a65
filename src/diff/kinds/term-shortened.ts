import type { KindSpec } from './spec';

/** docs/changes/term-shortened.md */
export const termShortened: KindSpec = {
  title: 'Term shortened',
  mirror: 'term-extended',
  benefits: 'review',
  what: 'The agreement is in force for less time (a later start or an earlier end).',
  whom: 'Both parties are bound for less time; whether that is wanted depends on the deal, so it is for review.',
};
