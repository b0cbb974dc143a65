import type { Service } from '../agreement';
import { periodNoun } from '../words/period';
import { humanize, inline, nonEmpty, Prose, text, type ViewContext } from './context';
import { baseWords } from './credit-base';
import { sub, type SectionDef } from './section';

/** "€12,000.00 per month". */
export function feeWords(service: Service | undefined, ctx: ViewContext): string | null {
  const fee = service?.fee;
  if (!fee || typeof fee.amount !== 'number') return null;
  const money = ctx.fmt.money(fee.amount, ctx.currency);
  return fee.per ? `${money} per ${periodNoun(fee.per)}` : money;
}

function limitValue(value: unknown, ctx: ViewContext): string {
  return typeof value === 'number' ? ctx.fmt.number(value) : text(value);
}

export const purpose: SectionDef = {
  id: 'purpose',
  title: 'Purpose and objectives',
  present: (a) => Boolean(a.purpose) || nonEmpty(a.objectives),
  build: (ctx) => ({
    purpose: ctx.agreement.purpose ? new Prose(ctx.agreement.purpose) : null,
    objectives: (ctx.agreement.objectives ?? []).map(inline),
  }),
};

export const services: SectionDef = {
  id: 'services',
  title: 'Services',
  present: (a) => nonEmpty(a.services),
  build: (ctx, number) => ({
    services: (ctx.agreement.services ?? []).map((s, i) => ({
      number: sub(number, i),
      id: s.id,
      name: text(s.name ?? s.id),
      description: s.description ? new Prose(s.description) : null,
      includes: (s.includes ?? []).map(inline),
      excludes: (s.excludes ?? []).map(inline),
      fee: feeWords(s, ctx),
      base: baseWords(s, ctx),
      limits: Object.entries(s.limits ?? {}).map(([key, value]) => ({ label: humanize(key), value: limitValue(value, ctx) })),
    })),
  }),
};
