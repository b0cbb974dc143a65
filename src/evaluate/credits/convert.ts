import { UsageError } from '../../core/errors';
import { divR, mulR, ratio, type Ratio } from '../../core/ratio';
import { periodsIn, type KindPeriod, type Zone } from '../../time';

/** `credits.feeConversion`: how an amount paid for one billing period counts towards a credited period of another kind. */
export type FeeConversion = 'prorate' | 'equal-parts';

const nests = (inner: KindPeriod, outer: KindPeriod): boolean => inner.start >= outer.start && inner.end <= outer.end;

/**
 * What `amount`, paid for `billing`, counts towards `credited`
 * (docs/semantics.md, credit base): all of it when the two are the same
 * period; else by the agreement's rule, `prorate` by real time or
 * `equal-parts`. `what` names the amount in the error when no rule applies.
 */
export function convertAmount(amount: Ratio, billing: KindPeriod, credited: KindPeriod, rule: FeeConversion | undefined, zone: Zone, what: string): Ratio {
  if (billing.start === credited.start && billing.end === credited.end) return amount;
  const from = Math.max(billing.start, credited.start);
  const to = Math.min(billing.end, credited.end);
  if (from >= to) return ratio(0);
  if (rule === undefined) {
    throw new UsageError(
      `${what} is paid per ${billing.kind} but the credits are per ${credited.kind}: say how it converts with credits.feeConversion (prorate or equal-parts)`,
    );
  }
  if (rule === 'prorate') return mulR(amount, ratio(to - from, billing.end - billing.start));
  if (nests(billing, credited)) return amount;
  if (nests(credited, billing)) return divR(amount, ratio(periodsIn(credited.kind, zone, billing.start, billing.end).length));
  throw new UsageError(`${what} is paid per ${billing.kind}, which does not divide into ${credited.kind}s: use credits.feeConversion: prorate`);
}
