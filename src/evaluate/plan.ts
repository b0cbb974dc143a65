import type { Agreement, DataKind, MetricKind, PeriodKind } from '../core/model';
import { parseCondition, type Condition } from '../core/condition';
import { InputError, UsageError } from '../core/errors';
import { DAY_MS, getZone, type Period } from '../time';
import type { EvaluateOptions, EvaluationPlan } from './api';
import { assemble, type PlannedMetric } from './assemble';
import { textEquals } from '../rows/cells';
import { compileConditions, type RowTest } from './conditions';
import { aggregate } from './kinds/aggregate';
import { availabilityIntervals } from './kinds/availability-intervals';
import { availabilitySlices } from './kinds/availability-slices';
import { duration } from './kinds/duration';
import type { KindFactory } from './kinds/kind';
import { percentile } from './kinds/percentile';
import { ratio } from './kinds/ratio';
import type { AgreementShape, MetricShape } from './model';
import { PeriodSet } from './periods';
import { evaluatedRange, metricPeriods } from './range';
import { checkRunSize, checkSlices, MAX_METRIC_PERIODS } from './run-size';
import { checkFees, isCustomerOwned, selectMetrics } from './select';
import { SourceFrame } from './source';
import { Windows } from './windows';

/** What exportState() gives: plain data only. */
interface PlanState {
  plan: string;
  metrics: unknown[];
}

/** How each metric kind (core/metric-kinds) reads its rows, given the kind of its source's data. */
const RUNS = {
  availability: (data) => (data === 'intervals' ? availabilityIntervals : availabilitySlices),
  ratio: () => ratio,
  percentile: () => percentile,
  duration: () => duration,
  aggregate: () => aggregate,
} satisfies Record<MetricKind, (data: DataKind) => KindFactory>;

function condition(metric: MetricShape, key: 'target' | 'warning', text: string): Condition {
  const c = parseCondition(text);
  if (!c) throw new InputError(`metric '${metric.id}': ${key} '${text}' is not a condition like ">= 99.5%"`);
  return c;
}

/** `service` (only when the source maps a service column) and `where`, as one test. */
function rowMatch(metric: MetricShape, source: SourceFrame): RowTest | null {
  const compiled = compileConditions(metric.where, (name) => source.column(name));
  const where = compiled && source.shared(`where ${JSON.stringify(metric.where)}`, compiled);
  const serviceColumn = source.role('service');
  if (!serviceColumn || !metric.service) return where;
  const i = source.column(serviceColumn);
  const isService = textEquals(metric.service);
  const service = source.shared(`service ${JSON.stringify(metric.service)}`, (c) => isService(c, i));
  return where ? (c) => service(c) && where(c) : service;
}

/**
 * Sets up an evaluation: the range, the metrics, and for each data source the
 * columns to read and a sink for its rows. Pure: the caller reads the files
 * and feeds the rows, then calls finish().
 */
export function planEvaluation(agreement: Agreement, options: EvaluateOptions): EvaluationPlan {
  const a: AgreementShape = agreement;
  const zone = getZone(a.timezone);
  const range = evaluatedRange(a.term, options, zone);
  const { reported, evaluated } = selectMetrics(a, options.metrics);
  checkFees(a, evaluated);
  // Metrics of one period kind share their periods; each list is cut short past the limit.
  const periodLists = new Map<PeriodKind, Period[]>();
  const periodsOf = (kind: PeriodKind): Period[] => {
    let list = periodLists.get(kind);
    if (!list) periodLists.set(kind, (list = metricPeriods(kind, zone, range, options.asOf, MAX_METRIC_PERIODS)));
    return list;
  };
  checkRunSize(evaluated, (kind) => periodsOf(kind).length);
  const sliced = evaluated.filter((m) => m.kind === 'availability' && m.slice !== undefined && a.data?.[m.data]?.kind !== 'intervals');
  checkSlices(sliced.map((metric) => ({ metric, periods: periodsOf(metric.period) })));
  const windows = new Windows(a, zone, (range.end - range.start) / DAY_MS);
  const frames = new Map<string, SourceFrame>();
  const frame = (name: string, metric: MetricShape): SourceFrame => {
    let f = frames.get(name);
    if (f) return f;
    const def = a.data?.[name];
    if (!def) throw new InputError(`metric '${metric.id}' reads unknown data source '${name}'`);
    f = new SourceFrame(name, def, zone);
    frames.set(name, f);
    return f;
  };

  const metrics: PlannedMetric[] = evaluated.map((metric) => {
    const source = frame(metric.data, metric);
    const periods = new PeriodSet(periodsOf(metric.period), options.asOf);
    const run = RUNS[metric.kind](source.def.kind)({
      metric,
      source,
      sourceNamed: (name) => frame(name, metric),
      periods,
      match: rowMatch(metric, source),
      good: compileConditions(metric.good, (name) => source.column(name)),
      window: windows.of(metric),
      excluded: windows.excluded(metric),
      asOf: options.asOf,
      range,
    });
    return {
      metric,
      periods,
      run,
      target: condition(metric, 'target', metric.target),
      warning: metric.warning === undefined ? null : condition(metric, 'warning', metric.warning),
      reported: reported.includes(metric),
      credited: !!metric.service && (metric.credits?.length ?? 0) > 0 && !isCustomerOwned(a, metric),
    };
  });

  // what must agree for two plans' states to merge: the metrics and their periods
  const fingerprint = JSON.stringify([a.id, options.asOf, range, metrics.map((m) => [m.metric.id, m.periods.periods.map((p) => p.label)])]);

  return {
    sources: [...frames.values()].map((f) => f.plan()),
    sink(name) {
      const f = frames.get(name);
      if (!f) throw new UsageError(`the evaluation reads no data source '${name}'`);
      return f.sink();
    },
    finish(skipped = []) {
      return assemble({ agreement: a, file: options.file, zone, range, asOf: options.asOf, metrics, skipped });
    },
    exportState(): PlanState {
      return { plan: fingerprint, metrics: metrics.map((m) => m.run.exportState()) };
    },
    importState(state) {
      const s = state as Partial<PlanState> | null;
      if (!s || s.plan !== fingerprint || !Array.isArray(s.metrics)) {
        throw new Error('importState: the state was not exported by a plan of the same agreement and options');
      }
      metrics.forEach((m, i) => m.run.importState(s.metrics![i]));
    },
  };
}
