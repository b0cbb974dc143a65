import { parseCondition } from '../../core/condition';
import { dec, shift, sub, toText } from '../../core/decimal';
import { UsageError } from '../../core/errors';
import type { Agreement, Metric } from '../../core/model';
import { getZone, parseDuration, type Interval } from '../../time';
import { exportRange } from '../sql/range';
import { gateExpr, gateIntervals } from './gates';
import { alertRules, HOURS, metaRules, PERIOD_DAYS, selector, WINDOWS, type Rule, type RuleGroup, type SloLabels } from './sloth';

export interface PrometheusOptions {
  from?: string;
  to?: string;
  /** Per metric id, the counters of good and of all events (PromQL series selectors). */
  series: Record<string, { good: string; total: string }>;
}

export interface PrometheusExport {
  groups: RuleGroup[];
  /** Metrics without rules, and why. */
  skipped: { metric: string; reason: string }[];
  /** The span the calendars' windows are written for (UTC ms). */
  range: { start: number; end: number };
}

/** A duration as PromQL writes it (90s, 5m, 1h). */
function promDuration(ms: number): string {
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000], ['s', 1000]] as const) if (ms % size === 0) return `${ms / size}${unit}`;
  return `${ms}ms`;
}

/** Why a metric gets no rules, or null. */
function refusal(a: Agreement, m: Metric, series: PrometheusOptions['series']): string | null {
  if (m.kind !== 'ratio' && m.kind !== 'availability') return `a ${m.kind} metric is not a share of good events: Prometheus rules are made for availability and ratio metrics`;
  if (m.kind === 'availability' && a.data?.[m.data]?.kind === 'intervals') return 'its downtime comes from intervals, not from counters of good and total events';
  const target = parseCondition(m.target);
  if (!target || (target.op !== '>=' && target.op !== '>') || target.unitClass !== 'percent') return `its target '${m.target}' is not a least percentage`;
  if (dec(target.numberText).m >= 100n * 10n ** BigInt(dec(target.numberText).e)) return 'a target of 100% leaves no error budget to burn';
  const unsupported: [unknown, string][] = [
    [m.signals?.length, 'signals (more sources of downtime)'],
    [m.per, 'per (a resource each)'],
    [m.deployed, 'deployed time'],
    [m.downtime, 'downtime rules (minimum, unit, weight, components)'],
    [m.sliceMeasure === 'mean', 'the mean of the slices (sliceMeasure: mean)'],
    [m.emptySlices && m.emptySlices !== 'up', `empty slices counted ${m.emptySlices}`],
    [[...(m.exclude ?? []), ...(m.excludeFromWindow ?? [])].some((x) => typeof x === 'object'), 'time excluded by data (only maintenance windows are known ahead)'],
  ];
  const found = unsupported.find(([on]) => on);
  if (found) return `${found[1]} cannot be followed in recording rules`;
  if (!series[m.id]) return `no counters named for it (--good ${m.id}=SERIES --total ${m.id}=SERIES)`;
  return null;
}

/** The ratio of a target (99.9 → 0.999) and of its budget (0.001), exactly. */
function objective(m: Metric): { ratio: string; budget: string } {
  const t = parseCondition(m.target)!;
  const ratio = shift(dec(t.numberText), 2);
  return { ratio: toText(ratio), budget: toText(sub(dec(1), ratio)) };
}

/** The error ratio of each window (and of the period's): events for a ratio, down slices of measured time for availability. */
function sliRules(m: Metric, l: SloLabels, s: { good: string; total: string }, gates: { measured: Interval[]; counted: Interval[] } | null): Rule[] {
  const sel = selector(l);
  const days = PERIOD_DAYS[m.period];
  const rule = (window: string, expr: string): Rule => ({ record: `slo:sli_error:ratio_rate${window}`, expr, labels: { ...l, sloth_window: window } });
  // windows longer than the period say nothing of it (a daily target has no 3-day window)
  const windows = WINDOWS.filter((w) => HOURS[w]! <= days * 24);
  if (m.kind === 'ratio') {
    const events = windows.map((w) => rule(w, `1 - (\n  (sum(rate(${s.good}[${w}])))\n  /\n  (sum(rate(${s.total}[${w}])))\n)`));
    const period = rule(`${days}d`, `sum_over_time(slo:sli_error:ratio_rate5m${sel}[${days}d])\n/ ignoring (sloth_window)\ncount_over_time(slo:sli_error:ratio_rate5m${sel}[${days}d])`);
    return windows.includes(`${days}d` as (typeof windows)[number]) ? events : [...events, period];
  }
  // availability from slices: a slice is down when its share of good events satisfies downWhen
  const slice = promDuration(parseDuration(m.slice ?? '')!);
  const down = parseCondition(m.downWhen ?? '')!;
  const threshold = toText(shift(dec(down.numberText), 2));
  const open = gates ? gateExpr(gates.measured) : 'vector(1)';
  const counted = gates ? gateExpr(gates.counted) : 'vector(1)';
  const base: Rule[] = [
    { record: 'sla:window:open', expr: open, labels: { ...l } },
    { record: 'sla:window:counted', expr: counted, labels: { ...l } },
    { record: 'sla:slice:down', expr: `(sum(rate(${s.good}[${slice}])) / sum(rate(${s.total}[${slice}]))) ${down.op} bool ${threshold}`, labels: { ...l } },
    { record: 'sla:slice:down_counted', expr: `sla:slice:down${sel} * sla:window:counted${sel}`, labels: { ...l } },
  ];
  // no down slice recorded in an open window is an error ratio of 0, not none
  const ratio = (w: string) => `(\n  sum_over_time(sla:slice:down_counted${sel}[${w}])\n  or\n  0 * sum_over_time(sla:window:open${sel}[${w}])\n)\n/\nsum_over_time(sla:window:open${sel}[${w}])`;
  const last = windows.includes(`${days}d` as (typeof windows)[number]) ? [] : [rule(`${days}d`, ratio(`${days}d`))];
  return [...base, ...windows.map((w) => rule(w, ratio(w))), ...last];
}

const camel = (id: string): string => id.replace(/(^|[^a-zA-Z0-9])([a-zA-Z0-9])/g, (_, __, c: string) => c.toUpperCase()).replace(/[^a-zA-Z0-9]/g, '');

/**
 * Sloth-compatible recording rules and multi-window burn-rate alerts for each
 * availability and ratio metric given counters, on the agreement's target
 * and period. Business hours and maintenance windows are written as the
 * instants `sla`'s calendars give for the range (in the agreement's zone,
 * across DST changes): outside the range the window is closed, so the rules
 * are exported again for the next term.
 */
export function exportPrometheus(a: Agreement, options: PrometheusOptions): PrometheusExport {
  const zone = getZone(a.timezone);
  const range = exportRange(a.term, options, zone);
  for (const id of Object.keys(options.series)) if (!a.metrics.some((m) => m.id === id)) throw new UsageError(`--good/--total ${id}=...: the agreement has no metric '${id}'`);
  const groups: RuleGroup[] = [];
  const skipped: PrometheusExport['skipped'] = [];
  for (const m of a.metrics) {
    const why = refusal(a, m, options.series);
    if (why) {
      skipped.push({ metric: m.id, reason: why });
      continue;
    }
    const service = m.service ?? a.id;
    const l: SloLabels = { sloth_id: `${service}-${m.id}`, sloth_service: service, sloth_slo: m.id };
    const o = objective(m);
    const gates = m.kind === 'availability' ? gateIntervals(a, m, zone, range) : null;
    const info = { sloth_mode: 'sla-export', sloth_objective: toText(dec(parseCondition(m.target)!.numberText)), sla_agreement: a.id, sla_period: m.period };
    groups.push({ name: `sloth-slo-sli-recordings-${l.sloth_id}`, rules: sliRules(m, l, options.series[m.id]!, gates) });
    groups.push({ name: `sloth-slo-meta-recordings-${l.sloth_id}`, rules: metaRules(l, o.ratio, o.budget, m.period, info) });
    // annotations are Go templates in Prometheus: the agreement's words lose their braces
    groups.push({ name: `sloth-slo-alerts-${l.sloth_id}`, rules: alertRules(l, `${camel(m.id)}ErrorBudgetBurn`, o.budget, m.period, `${m.name.replace(/[{}]/g, '')}: the error budget of ${m.target} per ${m.period} burns too fast`) });
  }
  return { groups, skipped, range };
}
