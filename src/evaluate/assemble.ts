import { divR, mulR, ratio, ratioToNumber } from '../core/ratio';
import { formatInstant, periodAt, type Calendar, type Zone } from '../time';
import { add, dec, toNumber } from './decimal';
import { checkFinite } from './finite';
import { earnBack, metricCredit, serviceCredits, type CreditBases, type MetricCredit } from './credits';
import type { MetricRun, Outcome } from './kinds/kind';
import type { AgreementShape, MetricShape } from './model';
import type { PeriodSet } from './periods';
import type { Range } from './range';
import type { CreditEntry, Evaluation, MetricResult } from './result';
import type { Condition } from '../core/condition';
import { applyExcuses, judge } from './verdict';

/** One metric of the run, set up by the plan. */
export interface PlannedMetric {
  readonly metric: MetricShape;
  readonly periods: PeriodSet;
  readonly run: MetricRun;
  readonly target: Condition;
  readonly warning: Condition | null;
  /** False for a customer metric evaluated only for its excuses. */
  readonly reported: boolean;
  /** Credits apply (a service, tiers, not owned by the customer). */
  readonly credited: boolean;
}

export interface AssembleInput {
  agreement: AgreementShape;
  file: string;
  zone: Zone;
  range: Range;
  asOf: number;
  metrics: readonly PlannedMetric[];
  skipped: Evaluation['skipped'];
  /** The term, for caps over it. */
  term: Range;
  bases: CreditBases;
  calendar(name: string): Calendar;
}

/** The periods' start and end as the output writes them: once per metric, however many resources it has. */
function periodInstants(m: PlannedMetric, zone: Zone): { start: string[]; end: string[] } {
  return { start: m.periods.periods.map((p) => formatInstant(p.start, zone)), end: m.periods.periods.map((p) => formatInstant(p.end, zone)) };
}

function periodResults(m: PlannedMetric, outcomes: readonly Outcome[], resource: string | null, instants: { start: string[]; end: string[] }): MetricResult[] {
  const { periods } = m.periods;
  const out: MetricResult[] = [];
  for (let i = 0; i < periods.length; i++) {
    const o = outcomes[i]!;
    const period = periods[i]!.label;
    checkFinite(m.metric.id, period, o);
    const verdict = judge(o, m.target, m.warning, m.run.unit);
    const r = newResult(m, resource, period, instants.start[i]!, instants.end[i]!, m.periods.partial(i), o.value, verdict.status);
    // the counts after the fixed fields, in their order (a loop, not a spread: a run makes tens of thousands)
    const counts = o.counts as Record<string, unknown>;
    for (const k in counts) (r as unknown as Record<string, unknown>)[k] = counts[k];
    if (verdict.errorBudget) r.errorBudget = verdict.errorBudget;
    out.push(r);
  }
  return out;
}

/** A result's fixed fields, in the order the JSON shows them; `resource` only for a per-resource metric. */
function newResult(m: PlannedMetric, resource: string | null, period: string, start: string, end: string, partial: boolean, value: number | null, status: MetricResult['status']): MetricResult {
  const { id: metric, target } = m.metric;
  const unit = m.run.unit;
  return resource === null
    ? { metric, period, start, end, partial, value, unit, target, status, credit: 0, earnBack: null }
    : { metric, resource, period, start, end, partial, value, unit, target, status, credit: 0, earnBack: null };
}

/** Credits of one metric's periods (of one resource), earn-back included; fills the results' credit fields. */
function metricCredits(m: PlannedMetric, outcomes: readonly Outcome[], results: MetricResult[], resource: string | null, input: AssembleInput): MetricCredit[] {
  const out: MetricCredit[] = [];
  const service = m.metric.service!;
  results.forEach((r, i) => {
    const o = outcomes[i]!;
    if (!o.exact || r.status !== 'breached' || r.partial) return;
    const period = periodAt(m.metric.period, input.zone, m.periods.starts[i]!);
    const base = input.bases.baseOf(service, resource, period);
    const credit = metricCredit(m.metric.credits, o.exact, m.run.unit, { metric: m.metric.id, base, facts: o.facts, periodMs: period.end - period.start, target: m.target });
    if (!credit) return;
    r.credit = credit.percent ? toNumber(credit.percent) : credit.amount && base && base.n !== 0n ? ratioToNumber(divR(mulR(credit.amount, ratio(100)), base)) : 0;
    r.creditAmount = credit.amount && ratioToNumber(credit.amount);
    if (credit.form !== 'percent') r.creditForm = credit.form;
    if (credit.multiplier !== undefined) r.multiplier = credit.multiplier;
    const earned = r.credit > 0 || (credit.amount !== null && credit.amount.n > 0n);
    const back = m.metric.earnBack?.periods;
    // earnBack() reads at most `back` later periods; slicing only those keeps this linear.
    if (back !== undefined && earned) r.earnBack = earnBack(results.slice(i + 1, i + 1 + back), back);
    if (r.earnBack === 'waived') return;
    out.push({ service, resource, period, percent: credit.percent, amount: credit.amount, firstIncidentEnd: o.facts?.firstIncidentEnd });
  });
  return out;
}

/** Results, excuses, credits and totals, from the metrics' accumulated rows. */
export function assemble(input: AssembleInput): Evaluation {
  const { agreement, zone } = input;
  const all: { m: PlannedMetric; resource: string | null; outcomes: readonly Outcome[]; results: MetricResult[] }[] = [];
  for (const m of input.metrics) {
    const instants = periodInstants(m, zone);
    // a resource's outcomes are kept only where credits read them, so that they die young
    for (const { resource, outcomes } of m.run.finish()) all.push({ m, resource, outcomes: m.credited ? outcomes : [], results: periodResults(m, outcomes, resource, instants) });
  }
  const excuses = new Map(input.metrics.filter((m) => m.metric.excuses).map((m) => [m.metric.id, m.metric.excuses!]));
  if (excuses.size > 0) applyExcuses(all.flatMap((x) => x.results), excuses);
  const credited: MetricCredit[] = [];
  for (const { m, resource, outcomes, results } of all) if (m.credited) credited.push(...metricCredits(m, outcomes, results, resource, input));
  const results: MetricResult[] = [];
  for (const x of all) if (x.m.reported) for (const r of x.results) results.push(r);
  const credits = serviceCredits(
    { agreement, zone, term: input.term, baseOf: (service, resource, period) => input.bases.baseOf(service, resource, period), calendar: input.calendar },
    credited,
  );
  return {
    agreement: {
      id: agreement.id,
      title: agreement.title,
      file: input.file,
      timezone: agreement.timezone,
      currency: agreement.currency ?? null,
    },
    range: { start: formatInstant(input.range.start, zone), end: formatInstant(input.range.end, zone) },
    asOf: formatInstant(input.asOf, zone),
    results,
    credits,
    totals: evaluationTotals(results, credits),
    skipped: input.skipped,
  };
}

/** How many results have each status, and the credits owed (an exact decimal sum). */
export function evaluationTotals(results: readonly MetricResult[], credits: readonly CreditEntry[]): Evaluation['totals'] {
  const count: Record<MetricResult['status'], number> = { breached: 0, 'at-risk': 0, met: 0, excused: 0, 'no-data': 0 };
  for (const r of results) count[r.status]++;
  const amount = credits.reduce((sum, c) => (c.amount === null ? sum : add(sum, dec(c.amount))), dec(0));
  return {
    breached: count.breached,
    atRisk: count['at-risk'],
    met: count.met,
    excused: count.excused,
    noData: count['no-data'],
    amount: toNumber(amount),
  };
}
