import { parseCondition } from '../../core/condition';
import { dec, mul, shift, sub, toText } from '../../core/decimal';
import type { Metric } from '../agreement';
import { bandWords, percentNumberText } from '../words/condition';
import { creditWords } from '../words/credit';
import { periodNoun } from '../words/period';
import { inline, nonEmpty, text, type ViewContext } from './context';
import { feeIsBase, metricBaseWords } from './credit-base';
import { creditRules } from './credit-rules';
import { feeWords } from './services';
import { sub as subsection, type SectionDef } from './section';

function plural(n: number, noun: string): string {
  return n === 1 ? `the next ${noun}` : `each of the next ${n} ${noun}s`;
}

type CreditForm = { times?: number; of?: string; amount?: number; per?: string };
const form = (credit: unknown): CreditForm => (credit && typeof credit === 'object' ? (credit as CreditForm) : {});

function tiersOf(m: Metric, ctx: ViewContext) {
  const fee = feeIsBase(m, ctx) ? ctx.service(m.service)?.fee : undefined;
  return (m.credits ?? []).map((tier) => {
    const percent = percentNumberText(tier.credit);
    // fee × percent / 100 as an exact decimal: €33.30 at 15% is €5.00, not the €4.99 of doubles
    const amount = percent !== null && fee && typeof fee.amount === 'number' ? ctx.fmt.money(toText(shift(mul(dec(fee.amount), dec(percent)), 2)), ctx.currency) : null;
    return { when: bandWords(tier.when, ctx.fmt, m.unit), credit: creditWords(tier.credit, ctx.fmt, ctx.currency), amount };
  });
}

/** What the forms of a metric's credits mean, said once under its tiers. */
function formNotes(m: Metric, ctx: ViewContext): string[] {
  const forms = (m.credits ?? []).map((t) => form(t.credit));
  const noun = periodNoun(m.period);
  const notes: string[] = [];
  if (forms.some((f) => f.times !== undefined)) {
    const base = ctx.service(m.service)?.base ? 'the credit base' : 'the fee';
    notes.push(`What the customer paid for the downtime is ${base} for the ${noun} × the downtime in the ${noun} (as measured in the service levels) ÷ the length of the ${noun}.`);
  }
  const target = parseCondition(m.target);
  if (forms.some((f) => f.of === 'downtime-beyond-target') && target?.unit === '%') {
    const allowed = ctx.fmt.percent(decimalText(sub(dec(100), target.number)));
    notes.push(`The downtime beyond what the target allows is the downtime in excess of ${allowed} of the measured time (none, when the downtime is less).`);
  }
  if (forms.some((f) => f.per === 'incident')) {
    notes.push(`An incident is a stretch of downtime (all its sources joined, excluded time left out) with downtime in the ${noun}'s measured time.`);
  }
  if (forms.some((f) => f.per === 'day-late')) {
    notes.push('An item that missed its time limit counts each started 24 hours from its due time to when it was done; an item still open counts up to the end of the evaluation.');
  }
  return notes;
}

/** A decimal's text without float noise: 0.1 stays "0.1". */
function decimalText(d: { m: bigint; e: number }): string {
  const digits = (d.m < 0n ? -d.m : d.m).toString().padStart(d.e + 1, '0');
  const text = d.e === 0 ? digits : `${digits.slice(0, digits.length - d.e)}.${digits.slice(digits.length - d.e)}`;
  return `${d.m < 0n ? '-' : ''}${text}`;
}

/** Whether every credit of the agreement is a percentage of a plain fee: the intro then reads as it always has. */
function percentOfFee(ctx: ViewContext): boolean {
  return (ctx.agreement.metrics ?? []).every((m) => (m.credits ?? []).every((t) => percentNumberText(t.credit) !== null) && !ctx.service(m.service)?.base);
}

export const credits: SectionDef = {
  id: 'credits',
  title: 'Service credits',
  present: (a) => Boolean(a.credits) || (a.metrics ?? []).some((m) => nonEmpty(m.credits)),
  build: (ctx, number) => ({
    intro: percentOfFee(ctx)
      ? 'A breached service level earns the largest credit among its tiers that apply, as a percentage of the fee of the affected service for the period. ' +
        'Periods that are met, at risk, excused or without data earn no credit.'
      : 'A breached service level earns the largest credit among its tiers that apply, in money; a percentage is a share of the credit base of the affected service for the period. ' +
        'Periods that are met, at risk, excused or without data earn no credit.',
    rules: creditRules(ctx),
    claim: ctx.agreement.credits?.claim?.how ? inline(ctx.agreement.credits.claim.how) : null,
    metrics: (ctx.agreement.metrics ?? [])
      .filter((m) => nonEmpty(m.credits))
      .map((m, i) => ({
        number: subsection(number, i),
        id: m.id,
        name: text(m.name ?? m.id),
        service: text(ctx.service(m.service)?.name ?? m.service),
        fee: feeWords(ctx.service(m.service), ctx),
        tiers: tiersOf(m, ctx),
        // percentages fit a table's short cells; other forms read as a list where a table would be too wide for Markdown
        table: (m.credits ?? []).every((t) => percentNumberText(t.credit) !== null),
        notes: [metricBaseWords(m, ctx), ...formNotes(m, ctx)].filter((n): n is string => n !== null),
        earnBack: m.earnBack?.periods
          ? `Earn-back: the credit for a breached ${periodNoun(m.period)} is waived when the target is met in ${plural(m.earnBack.periods, periodNoun(m.period))}.`
          : null,
      })),
  }),
};
