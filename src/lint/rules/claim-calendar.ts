import { parseClaimDeadline } from '../../core/limit-text';
import type { Rule } from '../rule';
import { view } from '../util/agreement';

export const claimCalendar: Rule = {
  id: 'claim-calendar',
  description: 'A claim deadline in business days names the calendar whose days count (`credits.claim.calendar`, not 24x7); a calendar is given only for such a deadline (a warning).',
  defaultSeverity: 'error',
  check(context) {
    const claim = view(context.agreement).credits?.claim;
    if (!claim) return;
    const business = parseClaimDeadline(claim.within)?.kind === 'business-days';
    if (business && (claim.calendar === undefined || claim.calendar === '24x7')) {
      const why = claim.calendar === undefined ? 'no calendar says which days are business days' : 'every day of 24x7 is a business day';
      context.report(['credits', 'claim', claim.calendar === undefined ? 'within' : 'calendar'], `credits.claim.within is '${claim.within}', but ${why}: add \`calendar:\` with the calendar of business days (such as office)`);
    } else if (!business && claim.calendar !== undefined) {
      context.report(['credits', 'claim', 'calendar'], `credits.claim.calendar '${claim.calendar}' is not used: the deadline '${claim.within ?? 'none'}' counts no business days; remove it or write the deadline in business days`, { at: 'key', severity: 'warning' });
    }
  },
};
