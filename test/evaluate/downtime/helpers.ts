import type { Agreement } from '../../../src/core/model';
import { planEvaluation, type Evaluation } from '../../../src/evaluate';
import { compileConditions } from '../../../src/evaluate/conditions';
import { availabilityIntervals } from '../../../src/evaluate/kinds/availability-intervals';
import { availabilitySlices } from '../../../src/evaluate/kinds/availability-slices';
import type { MetricRun, ResourceOutcomes } from '../../../src/evaluate/kinds/kind';
import type { MetricShape } from '../../../src/evaluate/model';
import { PeriodSet } from '../../../src/evaluate/periods';
import { evaluatedRange, metricPeriods } from '../../../src/evaluate/range';
import { rowMatch } from '../../../src/evaluate/row-match';
import { SourceFrame } from '../../../src/evaluate/source';
import { Windows } from '../../../src/evaluate/windows';
import { getZone } from '../../../src/time';
import { agreementWith, feed, splitCsv, utc } from '../helpers';

export { utc };

/** Options of every test here: March 2026, long past. */
export const MARCH = { period: '2026-03', asOf: utc('2027-01-01T00:00:00Z') };

export type Csv = Record<string, string>;

/** A UTC agreement with these sources and one availability metric `up` of service svc, monthly, `>= 99%`. */
export function availability(data: Record<string, unknown>, metric: Record<string, unknown>, extra: Record<string, unknown> = {}): Agreement {
  return agreementWith({
    data,
    metrics: [{ id: 'up', name: 'Up', service: 'svc', owner: 'p', kind: 'availability', period: 'month', target: '>= 99%', ...metric }],
    ...extra,
  });
}

/** CSV texts fed to a plan's sinks by source name (columns picked by header). */
export function feedCsv(plan: ReturnType<typeof planEvaluation>, data: Csv): void {
  for (const source of plan.sources) {
    const text = data[source.name];
    if (text === undefined) throw new Error(`no CSV for source ${source.name}`);
    const [header, ...rows] = splitCsv(text);
    const picks = source.columns.map((c) => {
      const i = header!.indexOf(c);
      if (i < 0) throw new Error(`${source.name}: no column ${c}`);
      return i;
    });
    feed(plan, source.name, rows.map((row) => picks.map((i) => row[i] ?? '')));
  }
}

/** Evaluates through the plan, as the CLI does. */
export function evaluateCsv(agreement: Agreement, data: Csv, options: { period?: string; from?: string; to?: string; asOf: number } = MARCH): Evaluation {
  const plan = planEvaluation(agreement, { file: 'a.sla.yaml', ...options });
  feedCsv(plan, data);
  return plan.finish();
}

/**
 * The run of the agreement's first metric, set up as the plan does, fed with
 * the CSV texts: for what results do not show (facts, several resources
 * added by the caller).
 */
export function metricRun(agreement: Agreement, data: Csv, options: { period?: string; asOf: number; resources?: () => Iterable<string> } = MARCH): ResourceOutcomes[] & { run: MetricRun } {
  const zone = getZone(agreement.timezone);
  const range = evaluatedRange(agreement.term, { file: 'a', ...options }, zone);
  const metric = agreement.metrics[0] as MetricShape;
  const frames = new Map<string, SourceFrame>();
  const frame = (name: string) => {
    let f = frames.get(name);
    if (!f) frames.set(name, (f = new SourceFrame(name, agreement.data![name]!, zone)));
    return f;
  };
  const source = frame(metric.data);
  const windows = new Windows(agreement, zone, (range.end - range.start) / 86_400_000);
  const ctx = {
    metric,
    source,
    sourceNamed: frame,
    periods: new PeriodSet(metricPeriods(metric.period, zone, range, options.asOf), options.asOf),
    match: rowMatch(metric.where, metric.service, source),
    good: compileConditions(metric.good, (name) => source.column(name)),
    window: windows.of(metric),
    excluded: windows.excluded(metric),
    excludedFromWindow: windows.excluded(metric, 'excludeFromWindow'),
    zone,
    resources: options.resources,
    listItems: false,
    asOf: options.asOf,
    range,
  };
  const run = (source.def.kind === 'intervals' ? availabilityIntervals : availabilitySlices)(ctx);
  for (const [name, f] of frames) {
    const [header, ...rows] = splitCsv(data[name]!);
    const picks = f.columns.map((c) => header!.indexOf(c));
    const sink = f.sink();
    for (const row of rows) sink.row(picks.map((i) => row[i] ?? ''));
  }
  return Object.assign([...run.finish()], { run });
}

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
/** March 2026 in ms. */
export const MARCH_MS = 31 * DAY;
