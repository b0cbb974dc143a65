import { add, cmp, dec, mul, shift, toNumber, type Dec, type Fraction } from './decimal';
import type { AgreementShape, CreditTierShape } from './model';
import type { CreditEntry, EarnBack, Status } from './result';
import { parseAmount, parseCondition } from '../core/condition';
import { holds } from './target';

const ZERO = dec(0);

/** The largest credit among the tiers whose `when` holds, or null when none does. */
export function tierCredit(tiers: readonly CreditTierShape[] | undefined, value: Fraction, unit: string | null): Dec | null {
  let best: Dec | null = null;
  for (const tier of tiers ?? []) {
    const when = parseCondition(tier.when);
    const credit = parseAmount(tier.credit);
    if (!when || !credit || !holds(when, value, unit)) continue;
    if (!best || cmp(credit, best) > 0) best = credit;
  }
  return best;
}

export interface LaterPeriod {
  status: Status;
  partial: boolean;
}

/**
 * Earn-back of a breached period's credit from the periods after it: waived
 * when each of the next N complete ones is met or at-risk; pending while
 * fewer than N complete ones exist and none missed; it stands once one
 * misses (any status but met or at-risk, excused and no-data included).
 */
export function earnBack(later: readonly LaterPeriod[], periods: number): EarnBack {
  let good = 0;
  for (const p of later) {
    if (good >= periods) break;
    if (p.partial) return 'pending';
    if (p.status !== 'met' && p.status !== 'at-risk') return null;
    good++;
  }
  return good >= periods ? 'waived' : 'pending';
}

/** A metric's credit for one period, as it counts towards its service. */
export interface MetricCredit {
  service: string;
  period: string;
  /** Order of the period, to list credits by time. */
  start: number;
  percent: Dec;
}

/**
 * Per service and period: combine (max or sum), cap, then the amount
 * fee × percent / 100 exactly; below `credits.minimum` it is not issued.
 */
export function serviceCredits(agreement: AgreementShape, credits: readonly MetricCredit[]): CreditEntry[] {
  const policy = agreement.credits ?? {};
  const cap = policy.cap === undefined ? null : parseAmount(policy.cap);
  const minimum = policy.minimum === undefined ? null : dec(policy.minimum);
  const out: CreditEntry[] = [];
  for (const service of agreement.services ?? []) {
    const periods = new Map<string, { start: number; percent: Dec }>();
    for (const c of credits) {
      if (c.service !== service.id || cmp(c.percent, ZERO) <= 0) continue;
      const seen = periods.get(c.period);
      if (!seen) periods.set(c.period, { start: c.start, percent: c.percent });
      else if (policy.combine === 'sum') seen.percent = add(seen.percent, c.percent);
      else if (cmp(c.percent, seen.percent) > 0) seen.percent = c.percent;
    }
    const ordered = [...periods.entries()].sort((a, b) => a[1].start - b[1].start);
    for (const [period, { percent: combined }] of ordered) {
      const percent = cap && cmp(combined, cap) > 0 ? cap : combined;
      let amount: Dec | null = service.fee ? shift(mul(dec(service.fee.amount), percent), 2) : null;
      const belowMinimum = amount !== null && minimum !== null && cmp(amount, minimum) < 0;
      if (belowMinimum) amount = ZERO;
      out.push({
        service: service.id,
        period,
        percent: toNumber(percent),
        amount: amount === null ? null : toNumber(amount),
        currency: agreement.currency ?? '',
        belowMinimum,
      });
    }
  }
  return out;
}
