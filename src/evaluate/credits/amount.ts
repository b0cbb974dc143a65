import { parseBand, parsePercent, type Condition } from '../../core/condition';
import { cmp, dec, type Dec } from '../../core/decimal';
import { InputError } from '../../core/errors';
import { cmpR, fromDec, mulR, ratio, subR, type Ratio } from '../../core/ratio';
import type { Fraction } from '../decimal';
import type { CreditFacts } from '../kinds/kind';
import type { CreditTierShape } from '../model';
import { holds } from '../target';

/** A metric's credit for one breached period, before its service's credits combine. */
export interface MetricCreditAmount {
  /** The tier's index in `credits`. */
  tier: number;
  form: 'percent' | 'multiple' | 'fixed';
  /** The tier's percentage, for a percent credit. */
  percent: Dec | null;
  /** The money, exactly; null when it needs a base and there is none. */
  amount: Ratio | null;
  /** N, for a multiple credit. */
  multiplier?: number;
}

/** What a tier's credit needs besides the tier. */
export interface CreditInputs {
  metric: string;
  /** The service's credit base for the period. */
  base: Ratio | null;
  facts: CreditFacts | undefined;
  /** The whole credited period's length in ms (the time the base pays for). */
  periodMs: number;
  target: Condition;
}

function need(value: number | undefined, what: string, inputs: CreditInputs): number {
  if (value === undefined) throw new InputError(`metric '${inputs.metric}': its credit is per ${what}, which this kind of metric does not count`);
  return value;
}

/** The money of one tier (docs/semantics.md, credit forms). */
function tierAmount(tier: CreditTierShape, index: number, inputs: CreditInputs): MetricCreditAmount {
  const c = tier.credit;
  if (typeof c === 'string' || typeof c === 'number') {
    const percent = parsePercent(c) ?? dec(0);
    return { tier: index, form: 'percent', percent, amount: inputs.base && mulR(inputs.base, mulR(fromDec(percent), ratio(1, 100))) };
  }
  if ('times' in c) {
    const d = need(inputs.facts?.downtimeMs, 'downtime', inputs);
    let time = ratio(d);
    if (c.of === 'downtime-beyond-target') {
      const w = need(inputs.facts?.windowMs, 'window time', inputs);
      const allowed = mulR(ratio(w), mulR(subR(ratio(100), fromDec(inputs.target.number)), ratio(1, 100)));
      time = subR(time, allowed);
      if (cmpR(time, ratio(0)) < 0) time = ratio(0);
    }
    const amount = inputs.base && mulR(mulR(inputs.base, fromDec(dec(c.times))), mulR(time, ratio(1, inputs.periodMs)));
    return { tier: index, form: 'multiple', percent: null, amount, multiplier: c.times };
  }
  const count =
    c.per === 'period'
      ? 1
      : c.per === 'item'
        ? need(inputs.facts?.lateItems, 'late item', inputs)
        : c.per === 'incident'
          ? need(inputs.facts?.incidents, 'incident', inputs)
          : need(inputs.facts?.daysLate, 'day late', inputs);
  return { tier: index, form: 'fixed', percent: null, amount: mulR(fromDec(dec(c.amount)), ratio(count)) };
}

/**
 * The credit of a breached period: among the tiers whose band holds the
 * value, the largest amount of money; without a base to turn percentages
 * into money, the largest percentage. Null when no tier applies.
 */
export function metricCredit(tiers: readonly CreditTierShape[] | undefined, value: Fraction, unit: string | null, inputs: CreditInputs): MetricCreditAmount | null {
  let best: MetricCreditAmount | null = null;
  (tiers ?? []).forEach((tier, index) => {
    const band = parseBand(tier.when);
    if (!band || !band.parts.every((part) => holds(part, value, unit))) return;
    const candidate = tierAmount(tier, index, inputs);
    if (!best || better(candidate, best)) best = candidate;
  });
  return best;
}

function better(a: MetricCreditAmount, b: MetricCreditAmount): boolean {
  if (a.amount && b.amount) return cmpR(a.amount, b.amount) > 0;
  if (a.amount || b.amount) return a.amount !== null;
  if (a.percent && b.percent) return cmp(a.percent, b.percent) > 0;
  return a.percent !== null && b.percent === null;
}
