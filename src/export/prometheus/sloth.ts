import type { PeriodKind } from '../../core/model';

/** One rule of a Prometheus rule group. */
export interface Rule {
  record?: string;
  alert?: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export interface RuleGroup {
  name: string;
  rules: Rule[];
}

/** The windows Sloth records an error ratio over, shortest first. */
export const WINDOWS = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'] as const;

/** Each window in hours. */
export const HOURS: Record<string, number> = { '5m': 5 / 60, '30m': 0.5, '1h': 1, '2h': 2, '6h': 6, '1d': 24, '3d': 72 };

/** The rolling window of the agreement's period, in days (a month is 30, as in Sloth). */
export const PERIOD_DAYS: Record<PeriodKind, number> = { day: 1, week: 7, month: 30, quarter: 90, year: 365 };

/** Sloth's labels of one SLO. */
export interface SloLabels {
  sloth_id: string;
  sloth_service: string;
  sloth_slo: string;
}

export const selector = (l: SloLabels): string => `{sloth_id="${l.sloth_id}", sloth_service="${l.sloth_service}", sloth_slo="${l.sloth_slo}"}`;

/**
 * The multi-window, multi-burn-rate alerts of the SRE workbook as Sloth
 * writes them: page when 2% of the period's budget burns in an hour or 5% in
 * six, ticket when 10% burns in a day or in three; each long window paired
 * with a short one. The factors follow from the agreement's period (for 30
 * days: 14.4, 6, 3 and 1); a pair whose long window outlasts the period is
 * left out.
 */
const ALERTS = [
  { severity: 'page', pairs: [['1h', '5m', 0.02], ['6h', '30m', 0.05]] },
  { severity: 'ticket', pairs: [['1d', '2h', 0.1], ['3d', '6h', 0.1]] },
] as const;

/** A factor as PromQL shows it: at most six decimals, no float noise. */
const num = (n: number): string => String(Number(n.toFixed(6)));

/** Sloth's metadata recordings of an SLO: objective, budget, period, burn rates, info. */
export function metaRules(l: SloLabels, objective: string, budget: string, period: PeriodKind, extra: Record<string, string>): Rule[] {
  const sel = selector(l);
  const days = PERIOD_DAYS[period];
  return [
    { record: 'slo:objective:ratio', expr: `vector(${objective})`, labels: { ...l } },
    { record: 'slo:error_budget:ratio', expr: `vector(${budget})`, labels: { ...l } },
    { record: 'slo:time_period:days', expr: `vector(${days})`, labels: { ...l } },
    { record: 'slo:current_burn_rate:ratio', expr: `slo:sli_error:ratio_rate5m${sel}\n/ on(sloth_id, sloth_slo, sloth_service) group_left\nslo:error_budget:ratio${sel}`, labels: { ...l } },
    { record: 'slo:period_burn_rate:ratio', expr: `slo:sli_error:ratio_rate${days}d${sel}\n/ on(sloth_id, sloth_slo, sloth_service) group_left\nslo:error_budget:ratio${sel}`, labels: { ...l } },
    { record: 'slo:period_error_budget_remaining:ratio', expr: `1 - slo:period_burn_rate:ratio${sel}`, labels: { ...l } },
    { record: 'sloth_slo_info', expr: 'vector(1)', labels: { ...l, ...extra } },
  ];
}

/** The page and ticket alerts of an SLO. */
export function alertRules(l: SloLabels, name: string, budget: string, period: PeriodKind, summary: string): Rule[] {
  const sel = selector(l);
  const periodHours = PERIOD_DAYS[period] * 24;
  const out: Rule[] = [];
  for (const { severity, pairs } of ALERTS) {
    const kept = pairs.filter(([long]) => HOURS[long]! <= periodHours);
    if (kept.length === 0) continue;
    const terms = kept.map(([long, short, share]) => {
      const factor = num((share * periodHours) / HOURS[long]!);
      const over = (w: string) => `max(slo:sli_error:ratio_rate${w}${sel} > (${factor} * ${budget})) without (sloth_window)`;
      return `(\n    ${over(short)}\n    and\n    ${over(long)}\n)`;
    });
    out.push({
      alert: name,
      expr: terms.join('\nor\n'),
      labels: { sloth_severity: severity },
      annotations: { summary, title: `(${severity}) {{$labels.sloth_service}} {{$labels.sloth_slo}} SLO error budget burn rate is too fast.` },
    });
  }
  return out;
}

