import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';

/** The most days a span of each kind has. */
const DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 31, quarter: 92, year: 366, 'rolling-12-months': 366 };

export const capDays: Rule = {
  id: 'cap-days',
  description: 'A cap in days of service (`max: 90 days`) has no more days than its span; a longer one is more than the whole credit base of the span.',
  defaultSeverity: 'warning',
  check(context) {
    const agreement = view(context.agreement);
    const periods = [...new Set(entries(agreement.metrics).flatMap(([m]) => (m && Array.isArray(m.credits) && m.credits.length > 0 && typeof m.period === 'string' ? [m.period] : [])))];
    for (const [cap, k] of entries(agreement.credits?.caps)) {
      const days = /^(\d+) days?$/.exec(typeof cap?.max === 'string' ? cap.max : '');
      if (!days || typeof cap.per !== 'string') continue;
      const n = Number(days[1]);
      const spans = cap.per === 'period' ? periods : [cap.per];
      const longest = Math.max(...spans.map((s) => DAYS[s] ?? Infinity));
      if (!Number.isFinite(longest) || n <= longest) continue;
      const span = cap.per === 'period' ? `a credited period (${spans.map((s) => `a ${s} has at most ${DAYS[s]} days`).join(', ')})` : `a ${cap.per === 'rolling-12-months' ? 'twelve-month span' : cap.per} (at most ${longest} days)`;
      context.report(
        ['credits', 'caps', k, 'max'],
        `credits.caps[${k}] caps the credits at ${n} days of service per ${cap.per === 'period' ? 'credited period' : cap.per}, longer than ${span}: the cap is more than the whole credit base of the span; lower it, or cap a longer span`,
      );
    }
  },
};
