import type { Agreement, DataKind, MetricKind, PeriodKind } from '../core/model';
import { parseCondition, type Condition } from '../core/condition';
import { InputError, UsageError } from '../core/errors';
import { DAY_MS, getZone, termRange, type Period, type Zone } from '../time';
import { CreditBases, ServiceCharges } from './credits';
import type { EvaluateOptions, EvaluationPlan } from './api';
import { assemble, type PlannedMetric } from './assemble';
import { compileConditions } from './conditions';
import { aggregate } from './kinds/aggregate';
import { availabilityIntervals } from './kinds/availability-intervals';
import { availabilitySlices } from './kinds/availability-slices';
import { duration } from './kinds/duration';
import type { KindFactory } from './kinds/kind';
import { percentile } from './kinds/percentile';
import { listItems } from './items';
import { ratio } from './kinds/ratio';
import type { AgreementShape, MetricShape } from './model';
import { PeriodSet } from './periods';
import { rowMatch } from './row-match';
import { evaluatedRange, metricPeriods } from './range';
import { checkRunSize, checkSlices, MAX_METRIC_PERIODS } from './run-size';
import { checkFees, isCustomerOwned, selectMetrics } from './select';
import { SourceFrame } from './source';
import { Windows } from './windows';
import { feedAggregates } from './aggregates/feed';

/** What exportState() gives: plain data only. */
interface PlanState {
  plan: string;
  metrics: unknown[];
  charges: unknown[];
}

/**
 * The charges rows of every service whose credit base names them and that
 * an evaluated metric credits (docs/semantics.md, credit base).
 */
function readCharges(a: AgreementShape, metrics: readonly PlannedMetric[], zone: Zone, frame: (name: string) => SourceFrame): Map<string, ServiceCharges> {
  const out = new Map<string, ServiceCharges>();
  for (const m of metrics) {
    const service = m.credited ? a.services?.find((s) => s.id === m.metric.service) : undefined;
    if (!service?.base || out.has(service.id)) continue;
    if (!a.data?.[service.base.charges]) throw new InputError(`service '${service.id}' takes its credit base from unknown data source '${service.base.charges}'`);
    const charges = new ServiceCharges(zone, service.id);
    charges.read(frame(service.base.charges), service.base.where, a.currency);
    out.set(service.id, charges);
  }
  return out;
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
  const framesIn = (map: Map<string, SourceFrame>) => (name: string, metric: MetricShape): SourceFrame => {
    let f = map.get(name);
    if (f) return f;
    const def = a.data?.[name];
    if (!def) throw new InputError(`metric '${metric.id}' reads unknown data source '${name}'`);
    f = new SourceFrame(name, def, zone);
    map.set(name, f);
    return f;
  };
  const shared = framesIn(frames);
  const aggregated = new Set(options.aggregated ?? []);

  const metrics: PlannedMetric[] = evaluated.map((metric) => {
    // a metric read from aggregates reads frames of its own that no file feeds
    const frame = aggregated.has(metric.id) ? framesIn(new Map()) : shared;
    const source = frame(metric.data, metric);
    const periods = new PeriodSet(periodsOf(metric.period), options.asOf);
    const run = RUNS[metric.kind](source.def.kind)({
      metric,
      source,
      sourceNamed: (name) => frame(name, metric),
      periods,
      match: rowMatch(metric.where, metric.service, source),
      good: compileConditions(metric.good, (name) => source.column(name), { lists: source.lists }),
      window: windows.of(metric),
      excluded: windows.excluded(metric),
      excludedFromWindow: windows.excluded(metric, 'excludeFromWindow'),
      zone,
      asOf: options.asOf,
      range,
      // a per-resource metric also reports the resources its service is charged for (docs/semantics.md)
      resources: metric.per && metric.service ? () => charges.get(metric.service!)?.resources(range.start, Math.min(range.end, options.asOf)) ?? [] : undefined,
      listItems: options.items === true,
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

  const charges = readCharges(a, metrics, zone, (name) => {
    const f = frames.get(name) ?? new SourceFrame(name, a.data![name]!, zone);
    frames.set(name, f);
    return f;
  });
  const bases = new CreditBases(a, zone, charges);
  const term = termRange(String(a.term.start), String(a.term.end), zone);

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
      const evaluation = assemble({ agreement: a, file: options.file, zone, range, asOf: options.asOf, metrics, skipped, term, bases, calendar: (name) => windows.named(name) });
      if (options.items) evaluation.items = listItems(metrics);
      return evaluation;
    },
    importAggregates(rows) {
      feedAggregates(rows, { agreement: a, metrics, aggregated, range, asOf: options.asOf });
    },
    exportState(): PlanState {
      return { plan: fingerprint, metrics: metrics.map((m) => m.run.exportState()), charges: [...charges.values()].map((c) => c.exportState()) };
    },
    importState(state) {
      const s = state as Partial<PlanState> | null;
      if (!s || s.plan !== fingerprint || !Array.isArray(s.metrics)) {
        throw new Error('importState: the state was not exported by a plan of the same agreement and options');
      }
      metrics.forEach((m, i) => m.run.importState(s.metrics![i]));
      [...charges.values()].forEach((c, i) => c.importState((s.charges as Parameters<ServiceCharges['importState']>[0][])[i]!));
    },
  };
}
