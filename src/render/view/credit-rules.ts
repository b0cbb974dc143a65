import { parseClaimDeadline } from '../../core/limit-text';
import type { Metric } from '../agreement';
import { amountConditionWords, percentNumberText } from '../words/condition';
import { capWords } from '../words/credit';
import { durationWords, isZeroDuration } from '../words/duration';
import { ordinal } from '../words/limit';
import { periodNoun } from '../words/period';
import { nonEmpty, type ViewContext } from './context';
import { conversionWords } from './credit-base';
import { calendarLabel } from './measure-parts';

const credited = (ctx: ViewContext): Metric[] => (ctx.agreement.metrics ?? []).filter((m) => nonEmpty(m.credits));

/** Whether every credit is a percentage of a plain fee: the rules then read as they always have. */
function feeOnly(ctx: ViewContext): boolean {
  return credited(ctx).every((m) => !ctx.service(m.service)?.base);
}

const perResource = (ctx: ViewContext): boolean => credited(ctx).some((m) => m.per !== undefined);

/** The claim deadline of credits.claim, or null (docs/semantics.md, Minimum, caps and claims). */
function claimWords(ctx: ViewContext): string | null {
  const claim = ctx.agreement.credits?.claim;
  const deadline = parseClaimDeadline(claim?.within);
  if (!claim || !deadline) return null;
  const incident = claim.after === 'incident';
  const from = incident
    ? 'the end of the first incident in the affected period (its first stretch of downtime, or its first item that missed its time limit)'
    : 'the end of the affected period';
  const fmt = ctx.fmt;
  let rule: string;
  if (deadline.kind === 'duration') {
    rule = isZeroDuration(deadline.text) ? `Credits must be claimed by ${from}` : `Credits must be claimed within ${durationWords(deadline.text, fmt)} after ${from}`;
  } else if (deadline.kind === 'calendar-days') {
    rule = `Credits must be claimed within ${fmt.number(deadline.count)} calendar day${deadline.count === 1 ? '' : 's'} after ${from}`;
  } else if (deadline.kind === 'business-days') {
    const listed = ctx.ref('calendars');
    const days = claim.calendar && claim.calendar !== '24x7' ? `business day of ${calendarLabel(claim.calendar)} (a day with hours in that calendar${listed ? `, see ${listed}` : ''})` : 'business day';
    rule = `Credits must be claimed by the end of the ${ordinal(deadline.count, fmt)} ${days} after ${from}`;
  } else if (deadline.kind === 'months') {
    const n = deadline.count;
    rule = `Credits must be claimed within ${fmt.number(n)} month${n === 1 ? '' : 's'} after ${from} (until the same day of the month ${fmt.number(n)} month${n === 1 ? '' : 's'} later, or that month's last day)`;
  } else {
    const kinds = [...new Set(credited(ctx).map((m) => m.period))];
    const noun = kinds.length === 1 ? periodNoun(kinds[0]) : "period of the metric's own kind";
    rule = `Credits must be claimed by the end of the ${ordinal(deadline.count, fmt)} ${noun} after the affected one`;
  }
  const exact = incident || deadline.kind === 'business-days' ? `; a claim is in time when received by the end of the day (${ctx.agreement.timezone}) on which that deadline falls, or of the day before when it falls at midnight` : '';
  return `${rule}${exact}.`;
}

function minimumWords(ctx: ViewContext): string | null {
  const minimum = ctx.agreement.credits?.minimum;
  if (typeof minimum === 'number') return `A credit of less than ${ctx.fmt.money(minimum, ctx.currency)} for a service and period is not issued.`;
  if (typeof minimum !== 'string') return null;
  const each = perResource(ctx) ? 'service, period and resource' : 'service and period';
  return `Only credits of ${amountConditionWords(minimum, ctx.fmt, ctx.currency)} are issued; the test applies to the credit for each ${each} on its own.`;
}

/** The credit rules of the agreement, one sentence each. */
export function creditRules(ctx: ViewContext): string[] {
  const c = ctx.agreement.credits;
  if (!c) return [];
  const out: string[] = [];
  const byResource = perResource(ctx) ? ' (for a per-resource metric, resource by resource)' : '';
  if (c.combine === 'max') out.push(`When several metrics of one service earn a credit for the same period, only the largest credit applies${byResource}.`);
  if (c.combine === 'sum') out.push(`When several metrics of one service earn a credit for the same period, the credits are added together${byResource}.`);
  const cap = percentNumberText(c.cap);
  if (cap !== null) {
    const base = feeOnly(ctx) ? "the service's fee" : "the service's credit base";
    out.push(`The credit for a service and period${perResource(ctx) ? ' (and resource)' : ''} is capped at ${ctx.fmt.percent(cap)} of ${base} for that period.`);
  }
  for (const cap of c.caps ?? []) {
    out.push(`The credits of a service${perResource(ctx) ? ' (of each resource on its own)' : ''} are capped ${capWords(cap, ctx.fmt, ctx.currency)}.`);
  }
  if (nonEmpty(c.caps)) out.push('Each credit is reduced to what the caps leave after the earlier credits of the same span, in time order.');
  const minimum = minimumWords(ctx);
  if (minimum) out.push(minimum);
  const claim = claimWords(ctx);
  if (claim) out.push(claim);
  const conversion = conversionWords(ctx);
  if (conversion) out.push(conversion);
  return out;
}
