import type { KindSpec } from './spec';

/** docs/changes/wording-changed.md */
export const wordingChanged: KindSpec = {
  title: 'Wording changed',
  mirror: 'wording-changed',
  benefits: 'neutral',
  hidden: true,
  what: 'Descriptive text changed (names, descriptions, purpose, objectives), or contractual prose changed only in spacing, punctuation or case.',
  whom: 'Wording alone owes nothing. Hidden unless `--all`.',
};
