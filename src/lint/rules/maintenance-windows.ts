import { parseEvery } from '../../time';
import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';
import { dateProblem } from '../util/dates';

/** '2026-10-17T22:00' and '2026-10-17T22:00:00' compare alike. */
const withSeconds = (local: string): string => (local.length === 16 ? `${local}:00` : local);

export const maintenanceWindows: Rule = {
  id: 'maintenance-windows',
  description: 'Maintenance windows are well formed: `every` parses, dates are real and `from` comes before `to`.',
  defaultSeverity: 'error',
  check(context) {
    for (const [window, i] of entries(view(context.agreement).maintenance?.windows)) {
      if (!window) continue;
      const name = `maintenance window '${window.id ?? i}'`;
      const at = (key: string) => ['maintenance', 'windows', i, key];
      if (typeof window.every === 'string') {
        const parsed = parseEvery(window.every);
        if ('problem' in parsed) context.report(at('every'), `${name}: ${parsed.problem}`);
      }
      let valid = true;
      for (const key of ['from', 'to'] as const) {
        const value = window[key];
        const problem = typeof value === 'string' ? dateProblem(value.slice(0, 10)) : undefined;
        if (!problem) continue;
        context.report(at(key), `${name}: ${key} ${value} is not a real date: ${problem}`);
        valid = false;
      }
      const { from, to } = window;
      if (valid && typeof from === 'string' && typeof to === 'string' && withSeconds(from) >= withSeconds(to)) {
        context.report(at('to'), `${name} ends at ${to}, not after it starts at ${from}: \`to\` must come after \`from\``);
      }
    }
  },
};
