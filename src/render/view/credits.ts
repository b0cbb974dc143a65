import { dec, mul, shift, toText } from '../../core/decimal';
import type { Metric } from '../agreement';
import { conditionWords, percentNumberText } from '../words/condition';
import { durationWords } from '../words/duration';
import { periodNoun } from '../words/period';
import { inline, nonEmpty, text, type ViewContext } from './context';
import { feeWords } from './services';
import { sub, type SectionDef } from './section';

function plural(n: number, noun: string): string {
  return n === 1 ? `the next ${noun}` : `each of the next ${n} ${noun}s`;
}

function tiersOf(m: Metric, ctx: ViewContext) {
  const fee = ctx.service(m.service)?.fee;
  return (m.credits ?? []).map((tier) => {
    const percent = percentNumberText(tier.credit);
    // fee × percent / 100 as an exact decimal: €33.30 at 15% is €5.00, not the €4.99 of doubles
    const amount = percent !== null && fee && typeof fee.amount === 'number' ? ctx.fmt.money(toText(shift(mul(dec(fee.amount), dec(percent)), 2)), ctx.currency) : null;
    return {
      when: conditionWords(tier.when, ctx.fmt, m.unit),
      credit: percent !== null ? ctx.fmt.percent(percent) : text(tier.credit),
      amount,
    };
  });
}

function rules(ctx: ViewContext): string[] {
  const c = ctx.agreement.credits;
  if (!c) return [];
  const out: string[] = [];
  if (c.combine === 'max') out.push('When several metrics of one service earn a credit for the same period, only the largest credit applies.');
  if (c.combine === 'sum') out.push('When several metrics of one service earn a credit for the same period, the credits are added together.');
  const cap = percentNumberText(c.cap);
  if (cap !== null) out.push(`The credit for a service and period is capped at ${ctx.fmt.percent(cap)} of the service's fee for that period.`);
  if (typeof c.minimum === 'number') {
    out.push(`A credit of less than ${ctx.fmt.money(c.minimum, ctx.currency)} for a service and period is not issued.`);
  }
  if (c.claim?.within) out.push(`Credits must be claimed within ${durationWords(c.claim.within, ctx.fmt)} after the end of the affected period.`);
  return out;
}

export const credits: SectionDef = {
  id: 'credits',
  title: 'Service credits',
  present: (a) => Boolean(a.credits) || (a.metrics ?? []).some((m) => nonEmpty(m.credits)),
  build: (ctx, number) => ({
    intro:
      'A breached service level earns the largest credit among its tiers that apply, as a percentage of the fee of the affected service for the period. ' +
      'Periods that are met, at risk, excused or without data earn no credit.',
    rules: rules(ctx),
    claim: ctx.agreement.credits?.claim?.how ? inline(ctx.agreement.credits.claim.how) : null,
    metrics: (ctx.agreement.metrics ?? [])
      .filter((m) => nonEmpty(m.credits))
      .map((m, i) => ({
        number: sub(number, i),
        id: m.id,
        name: text(m.name ?? m.id),
        service: text(ctx.service(m.service)?.name ?? m.service),
        fee: feeWords(ctx.service(m.service), ctx),
        tiers: tiersOf(m, ctx),
        earnBack: m.earnBack?.periods
          ? `Earn-back: the credit for a breached ${periodNoun(m.period)} is waived when the target is met in ${plural(m.earnBack.periods, periodNoun(m.period))}.`
          : null,
      })),
  }),
};
