import type { ReportOptions } from '../context';
import type { Rule } from '../rule';
import { entries, keysOf, view } from '../util/agreement';
import { compareDates, dateProblem, termDates } from '../util/dates';

const OUTSIDE: ReportOptions = { severity: 'warning' };

export const holidayDates: Rule = {
  id: 'holiday-dates',
  description: 'Holidays are real dates (an error) within the term (a warning).',
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    const term = termDates(agreement.term);
    for (const name of keysOf(agreement.calendars)) {
      for (const [holiday, j] of entries(agreement.calendars?.[name]?.holidays)) {
        const date = holiday?.date;
        if (typeof date !== 'string') continue;
        const path = ['calendars', name, 'holidays', j, 'date'];
        const label = holiday.name ? ` (${holiday.name})` : '';
        const problem = dateProblem(date);
        if (problem) {
          context.report(path, `holiday ${date}${label} of calendar '${name}' is not a real date: ${problem}`);
        } else if (term && (compareDates(date, term.start) < 0 || compareDates(date, term.end) > 0)) {
          context.report(path, `holiday ${date}${label} of calendar '${name}' lies outside the term (${term.start} to ${term.end}), so it never applies`, OUTSIDE);
        }
      }
    }
  },
};
