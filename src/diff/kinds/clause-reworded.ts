import type { KindSpec } from './spec';

/** docs/changes/clause-reworded.md */
export const clauseReworded: KindSpec = {
  title: 'Clause reworded',
  mirror: 'clause-reworded',
  benefits: 'review',
  what: 'Prose with contractual weight changed in its words (exclusions, definitions, responsibilities, disputes, indemnity, review process, how to claim ...).',
  whom: 'Words change meaning; a reader must judge. The change is shown as a word diff.',
};
