import { formatInstant, type Zone } from '../time';
import { add, dec, toNumber } from './decimal';
import { earnBack, serviceCredits, tierCredit, type MetricCredit } from './credits';
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
}

function periodResults(m: PlannedMetric, outcomes: readonly Outcome[], zone: Zone): MetricResult[] {
  return m.periods.periods.map((p, i) => {
    const o = outcomes[i]!;
    const verdict = judge(o, m.target, m.warning, m.run.unit);
    const r: MetricResult = {
      metric: m.metric.id,
      period: p.label,
      start: formatInstant(p.start, zone),
      end: formatInstant(p.end, zone),
      partial: m.periods.partial(i),
      value: o.value,
      unit: m.run.unit,
      target: m.metric.target,
      status: verdict.status,
      credit: 0,
      earnBack: null,
      ...o.counts,
    };
    if (verdict.errorBudget) r.errorBudget = verdict.errorBudget;
    return r;
  });
}

/** Credits of one metric's periods, earn-back included; fills result.credit and earnBack. */
function metricCredits(m: PlannedMetric, outcomes: readonly Outcome[], results: MetricResult[]): MetricCredit[] {
  const out: MetricCredit[] = [];
  results.forEach((r, i) => {
    const exact = outcomes[i]!.exact;
    if (!exact || r.status !== 'breached' || r.partial) return;
    const credit = tierCredit(m.metric.credits, exact, m.run.unit);
    if (!credit) return;
    r.credit = toNumber(credit);
    const back = m.metric.earnBack?.periods;
    // earnBack() reads at most `back` later periods; slicing only those keeps this linear.
    if (back !== undefined && r.credit > 0) r.earnBack = earnBack(results.slice(i + 1, i + 1 + back), back);
    if (r.earnBack !== 'waived') out.push({ service: m.metric.service!, period: r.period, start: m.periods.starts[i]!, percent: credit });
  });
  return out;
}

/** Results, excuses, credits and totals, from the metrics' accumulated rows. */
export function assemble(input: AssembleInput): Evaluation {
  const { agreement, zone } = input;
  const all = input.metrics.map((m) => {
    const outcomes = m.run.finish();
    return { m, outcomes, results: periodResults(m, outcomes, zone) };
  });
  applyExcuses(
    all.flatMap((x) => x.results),
    new Map(input.metrics.filter((m) => m.metric.excuses).map((m) => [m.metric.id, m.metric.excuses!])),
  );
  const credited: MetricCredit[] = [];
  for (const { m, outcomes, results } of all) if (m.credited) credited.push(...metricCredits(m, outcomes, results));
  const results = all.filter((x) => x.m.reported).flatMap((x) => x.results);
  const credits = serviceCredits(agreement, credited);
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
  const count = (s: MetricResult['status']) => results.filter((r) => r.status === s).length;
  const amount = credits.reduce((sum, c) => (c.amount === null ? sum : add(sum, dec(c.amount))), dec(0));
  return {
    breached: count('breached'),
    atRisk: count('at-risk'),
    met: count('met'),
    excused: count('excused'),
    noData: count('no-data'),
    amount: toNumber(amount),
  };
}
