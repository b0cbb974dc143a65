import { parseCondition, parsePercent } from '../../core/condition';
import { add, cmp, dec, type Dec } from '../../core/decimal';
import { addR, cmpR, divR, fromDec, maxR, minR, mulR, ratio, ratioToNumber, subR, ZERO_RATIO, type Ratio } from '../../core/ratio';
import type { Calendar, KindPeriod, Zone } from '../../time';
import { holds } from '../target';
import type { AgreementShape } from '../model';
import type { CreditEntry } from '../result';
import { capMax, capSpan, type Span } from './caps';
import { claimBy } from './claims';

/** A metric's credit for one period, as it counts towards its service. */
export interface MetricCredit {
  service: string;
  resource: string | null;
  period: KindPeriod;
  /** The tier's percentage, for a percent credit. */
  percent: Dec | null;
  /** The money, exactly, when known. */
  amount: Ratio | null;
  /** End of the period's first incident or late item, for claims after the incident. */
  firstIncidentEnd?: number;
}

export interface CreditSetting {
  agreement: AgreementShape;
  zone: Zone;
  term: Span;
  /** The credit base of a service (and resource) for a whole period. */
  baseOf(service: string, resource: string | null, period: KindPeriod): Ratio | null;
  calendar(name: string): Calendar;
}

interface Group {
  service: string;
  resource: string | null;
  period: KindPeriod;
  credits: MetricCredit[];
}

const HUNDRED = ratio(100);
const isZero = (c: MetricCredit): boolean => (c.amount ? c.amount.n === 0n : c.percent === null || c.percent.m === 0n);

/** Whether an amount is issued under `credits.minimum` (an amount: not below it; a condition: it holds). */
function issued(minimum: number | string | undefined, amount: Ratio): boolean {
  if (minimum === undefined) return true;
  if (typeof minimum === 'number') return cmpR(amount, fromDec(dec(minimum))) >= 0;
  const c = parseCondition(minimum);
  if (!c) return true;
  const exactly = { num: ratioToNumber(amount), den: 1, scale: 1, exactNum: { m: amount.n, e: 0 }, exactDen: { m: amount.d, e: 0 } };
  return holds(c, exactly, null);
}

/**
 * Per service, resource and period (docs/semantics.md, credits): the
 * metrics' credits combine by `combine` (as money when every one is money,
 * else as percentages), `cap` and then `caps` reduce them in time order, and
 * `minimum` withholds what it does not allow; each entry says its base and
 * its claim-by date.
 */
export function serviceCredits(setting: CreditSetting, credits: readonly MetricCredit[]): CreditEntry[] {
  const { agreement } = setting;
  const policy = agreement.credits ?? {};
  const groups = new Map<string, Group>();
  for (const c of credits) {
    if (isZero(c)) continue;
    const key = `${c.service}\u0000${c.resource ?? ''}\u0000${c.period.label}`;
    const g = groups.get(key) ?? { service: c.service, resource: c.resource, period: c.period, credits: [] };
    g.credits.push(c);
    groups.set(key, g);
  }
  const order = new Map((agreement.services ?? []).map((s, i) => [s.id, i]));
  const sorted = [...groups.values()].sort(
    (a, b) =>
      (order.get(a.service) ?? 0) - (order.get(b.service) ?? 0) ||
      (a.resource ?? '').localeCompare(b.resource ?? '') ||
      a.period.start - b.period.start,
  );
  const issuedSoFar: { group: Group; amount: Ratio }[] = [];
  const out: CreditEntry[] = [];
  for (const g of sorted) {
    const base = setting.baseOf(g.service, g.resource, g.period);
    const entry = g.credits.every((c) => c.amount !== null) ? byAmount(g, base, setting, issuedSoFar) : byPercent(g, policy);
    const first = g.credits.map((c) => c.firstIncidentEnd).filter((t): t is number => t !== undefined);
    out.push({
      service: g.service,
      ...(g.resource === null ? {} : { resource: g.resource }),
      period: g.period.label,
      ...entry,
      currency: agreement.currency ?? '',
      base: base === null ? null : ratioToNumber(base),
      claimBy: claimBy(policy.claim, g.period, first.length ? Math.min(...first) : undefined, setting.zone, setting.calendar),
    });
  }
  return out;
}

type Figures = Pick<CreditEntry, 'percent' | 'amount' | 'belowMinimum' | 'capped'>;

/** Credits as money: combine, cap, caps over spans, minimum. */
function byAmount(g: Group, base: Ratio | null, setting: CreditSetting, issuedSoFar: { group: Group; amount: Ratio }[]): Figures {
  const policy = setting.agreement.credits ?? {};
  const amounts = g.credits.map((c) => c.amount!);
  const combined = policy.combine === 'sum' ? amounts.reduce(addR, ZERO_RATIO) : amounts.reduce(maxR);
  let amount = combined;
  const cap = policy.cap === undefined ? null : parsePercent(policy.cap);
  if (cap && base) amount = minR(amount, mulR(base, divR(fromDec(cap), HUNDRED)));
  for (const rule of policy.caps ?? []) {
    const span = capSpan(rule, g.period, setting.zone, setting.term);
    const max = capMax(rule, span, g.period.kind, setting.zone, (p) => setting.baseOf(g.service, g.resource, p));
    if (max === null) continue;
    const used = issuedSoFar
      .filter((x) => x.group.service === g.service && x.group.resource === g.resource && x.group.period.start >= span.start && x.group.period.start < span.end)
      .reduce((sum, x) => addR(sum, x.amount), ZERO_RATIO);
    amount = minR(amount, maxR(ZERO_RATIO, subR(max, used)));
  }
  const belowMinimum = !issued(policy.minimum, amount);
  const final = belowMinimum ? ZERO_RATIO : amount;
  issuedSoFar.push({ group: g, amount: final });
  return {
    // a withheld credit still shows the share it would have been
    percent: base && base.n !== 0n ? ratioToNumber(divR(mulR(amount, HUNDRED), base)) : null,
    amount: ratioToNumber(final),
    belowMinimum,
    ...(cmpR(amount, combined) < 0 ? { capped: true } : {}),
  };
}

/** Credits as percentages when a service has no base to turn them into money: combine and cap. */
function byPercent(g: Group, policy: NonNullable<AgreementShape['credits']>): Figures {
  const percents = g.credits.map((c) => c.percent).filter((p): p is Dec => p !== null);
  if (percents.length === 0) return { percent: null, amount: null, belowMinimum: false };
  let percent = policy.combine === 'sum' ? percents.reduce(add) : percents.reduce((a, b) => (cmp(b, a) > 0 ? b : a));
  const cap = policy.cap === undefined ? null : parsePercent(policy.cap);
  if (cap && cmp(percent, cap) > 0) percent = cap;
  return { percent: ratioToNumber(fromDec(percent)), amount: null, belowMinimum: false };
}
