import { parseClaimDeadline } from '../../core/limit-text';
import { parseDuration } from '../../time';
import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The longest a period of each kind lasts (a DST day has 25 hours). */
const LONGEST: Readonly<Record<string, number>> = { day: DAY + HOUR, week: 7 * DAY + HOUR, month: 31 * DAY + HOUR, quarter: 92 * DAY + HOUR, year: 366 * DAY + HOUR };

/** The longest a claim deadline can last from where it counts, or undefined when it has no bound lint can know. */
function longest(within: unknown, periods: readonly string[]): number | undefined {
  const deadline = parseClaimDeadline(within);
  if (!deadline) return undefined;
  if (deadline.kind === 'duration') return parseDuration(deadline.text) ?? undefined;
  if (deadline.kind === 'calendar-days') return deadline.count * DAY + HOUR;
  if (deadline.kind === 'months') return deadline.count * LONGEST.month!;
  if (deadline.kind === 'periods' && periods.length > 0 && periods.every((p) => LONGEST[p] !== undefined)) {
    return deadline.count * Math.max(...periods.map((p) => LONGEST[p]!));
  }
  return undefined;
}

export const claimBeforeReport: Rule = {
  id: 'claim-before-report',
  description: 'The time to claim a credit is not shorter than the time until the service level report is due (`credits.claim.within` against `reporting.due`).',
  defaultSeverity: 'warning',
  check(context) {
    const agreement = view(context.agreement);
    const within = agreement.credits?.claim?.within;
    const due = typeof agreement.reporting?.due === 'string' ? parseDuration(agreement.reporting.due) : null;
    if (within === undefined || due === null || due === undefined) return;
    const periods = entries(agreement.metrics).flatMap(([m]) => (m && Array.isArray(m.credits) && m.credits.length > 0 && typeof m.period === 'string' ? [m.period] : []));
    const claim = longest(within, periods);
    if (claim === undefined || claim >= due) return;
    context.report(
      ['credits', 'claim', 'within'],
      `credits may be claimed for '${within}', but the report that shows them is due '${agreement.reporting?.due}' after the period: the claim deadline can pass before the customer has the report; give at least as long to claim`,
    );
  },
};
