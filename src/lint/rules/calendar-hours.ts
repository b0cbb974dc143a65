import { parseDays, parseHours } from '../../time';
import type { Rule } from '../rule';
import { keysOf, view } from '../util/agreement';

export const calendarHours: Rule = {
  id: 'calendar-hours',
  description: 'Calendar hours use valid day specs and HH:MM-HH:MM ranges, with no overlaps within a day.',
  defaultSeverity: 'error',
  check(context) {
    const calendars = view(context.agreement).calendars;
    for (const name of keysOf(calendars)) {
      const hours = calendars?.[name]?.hours;
      if (!hours || typeof hours !== 'object') continue;
      for (const problem of parseHours(hours as Record<string, string | string[]>).problems) {
        const path = ['calendars', name, 'hours', problem.key, ...(problem.index === undefined ? [] : [problem.index])];
        const badKey = typeof parseDays(problem.key) === 'string';
        context.report(path, `calendar '${name}', hours '${problem.key}': ${problem.message}`, { at: badKey ? 'key' : 'value' });
      }
    }
  },
};
