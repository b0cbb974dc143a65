import { sameWords } from '../words';
import { at, type Rule } from './rule';

/** Prose that binds: a change of its words is for review, unless only spacing, punctuation or case changed. */
const CLAUSES = at(
  'exclusions[]',
  'disputes[]',
  'indemnity',
  'definitions.*',
  'review.process',
  'parties[].responsibilities[]',
  'services[].includes[]',
  'services[].excludes[]',
  'credits.claim.how',
);

/** Text that describes rather than binds. */
const WORDING = /^(title|purpose|objectives(\[\])?|services\[\]\.(name|description)|calendars\.\*\.holidays\[\]\.name|reporting\.contents(\[\])?)$|\.(name|description)$/;

/** Facts about the document rather than its terms. */
const METADATA = /^(id|version|status|locale|type|approvals(\[\].*)?|references(\[\].*)?|parties\[\]\.(name|address|contacts.*)|data\.\*\.file)$/;

/** Rules for prose and metadata. */
export const proseRules: Rule[] = [
  {
    pattern: CLAUSES,
    classify: (e) => {
      if (e.op !== 'changed') return e.pattern === 'definitions.*' ? { kind: e.op === 'added' ? 'value-added' : 'value-removed' } : null;
      return { kind: typeof e.old === 'string' && typeof e.new === 'string' && sameWords(e.old, e.new) ? 'wording-changed' : 'clause-reworded' };
    },
  },
  { pattern: WORDING, classify: () => ({ kind: 'wording-changed' }) },
  { pattern: METADATA, classify: () => ({ kind: 'metadata-changed' }) },
  { pattern: /^data\.\*/, classify: () => ({ kind: 'measurement-changed' }) },
];
