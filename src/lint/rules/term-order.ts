import type { Rule } from '../rule';
import { view } from '../util/agreement';
import { compareDates, dateProblem } from '../util/dates';
import { FIRST_YEAR, LAST_YEAR } from '../../time';

export const termOrder: Rule = {
  id: 'term-order',
  description: 'term.start and term.end are real dates in the years 1000 to 9998 and the term starts no later than it ends.',
  defaultSeverity: 'error',
  check(context) {
    const term = view(context.agreement).term;
    if (!term) return;
    let valid = true;
    for (const key of ['start', 'end'] as const) {
      const value = term[key];
      const problem = typeof value === 'string' ? dateProblem(value) : undefined;
      const year = typeof value === 'string' ? Number(value.slice(0, 4)) : NaN;
      if (problem) context.report(['term', key], `term.${key} ${value} is not a real date: ${problem}`);
      else if (year < FIRST_YEAR || year > LAST_YEAR) {
        context.report(['term', key], `term.${key} ${value} is outside the years sla reads dates in, ${FIRST_YEAR} to ${LAST_YEAR}`);
      } else continue;
      valid = false;
    }
    if (valid && typeof term.start === 'string' && typeof term.end === 'string' && compareDates(term.start, term.end) > 0) {
      context.report(['term', 'end'], `term.end ${term.end} is before term.start ${term.start}: the term ends on or after the day it starts (the end date is inclusive)`);
    }
  },
};
