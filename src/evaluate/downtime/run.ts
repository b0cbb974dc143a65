import { InputError } from '../../core/errors';
import { clip, intersect, subtract, union, type Interval } from '../../time';
import { quotientToNumber } from '../decimal';
import type { AggregateInput, CreditFacts, KindContext, MetricRun, Outcome, ResourceOutcomes, RunOutcomes } from '../kinds/kind';
import type { Range } from '../range';
import { rowMatch } from '../row-match';
import type { MetricResult } from '../result';
import type { Down, DownSource } from './down';
import { Exclusions } from './exclusions';
import { IntervalSource } from './interval-source';
import { join, measurePeriod, type PeriodMeasure } from './measure';
import type { DowntimeRules } from './rules';
import { signalSources } from './signals';

interface RunState {
  own: unknown;
  signals: unknown[];
  deployed: unknown;
  exclude: unknown;
  excludeFromWindow: unknown;
}

/** The span whose interval rows are kept: the range, widened by `downtime.minimum` so a stretch's length is known exactly. */
export function keptSpan(ctx: KindContext, rules: DowntimeRules): Range {
  return { start: ctx.range.start - rules.minimum, end: ctx.range.end + rules.minimum };
}

/**
 * An availability metric: its own downtime source (intervals or slices,
 * made by the kind) joined with its signals, measured per period within
 * the window and deployed time, less excluded time (docs/semantics.md,
 * Downtime) — per resource for a per-resource metric (`per`).
 */
export function availabilityRun(ctx: KindContext, rules: DowntimeRules, own: DownSource): MetricRun {
  const { metric, periods } = ctx;
  const per = rules.per;
  const signals = signalSources(ctx, per, keptSpan(ctx, rules));
  const deployed = metric.deployed ? deployedSource(ctx, per) : null;
  const exclude = new Exclusions(ctx, 'exclude', ctx.excluded);
  const fromWindow = new Exclusions(ctx, 'excludeFromWindow', ctx.excludedFromWindow);

  /** Per period: the window less time out of it, and the time excluded from downtime (the same for every resource). */
  function periodTimes(): { measured: Interval[]; excluded: Interval[] }[] {
    const out = [];
    for (let i = 0; i < periods.length; i++) {
      const start = periods.starts[i]!;
      const end = periods.ends[i]!;
      let measured = end > start ? ctx.window.windows(start, end) : [];
      if (!fromWindow.empty && measured.length > 0) measured = subtract(measured, fromWindow.within(start, end));
      out.push({ measured, excluded: exclude.empty || measured.length === 0 ? [] : exclude.within(start, end) });
    }
    return out;
  }

  function outcomes(name: string | null, times: ReturnType<typeof periodTimes>): Outcome[] {
    const downs: Down[] = signals.length === 0 ? [own.of(name)] : [own.of(name), ...signals.map((s) => s.of(name))];
    const joined = join(downs, rules.minimum);
    const outOfWindow = downs.some((d) => d.excluded.length > 0) ? union(downs.flatMap((d) => d.excluded)) : null;
    const deployedTime = deployed ? deployed.intervalsOf(name) : null;
    const ownCounts = downs[0]!.counts;
    return times.map(({ measured, excluded }, i) => {
      let m: readonly Interval[] = measured;
      if (deployedTime) m = intersect(m, clip(deployedTime, periods.starts[i]!, periods.ends[i]!));
      if (outOfWindow && m.length > 0) m = subtract(m, outOfWindow);
      const counted = excluded.length > 0 && m.length > 0 ? subtract(m, excluded) : m;
      return outcome(measurePeriod(joined, m, counted, rules.unit), ownCounts?.[i]);
    });
  }

  return {
    unit: '%',
    finish(): RunOutcomes {
      const times = periodTimes();
      if (per === null) return [{ resource: null, outcomes: outcomes(null, times) }];
      const names = new Set<string>([...own.names(), ...signals.flatMap((s) => s.names()), ...(ctx.resources?.() ?? [])]);
      return eachResource([...names].sort(byCodeUnits), (name) => outcomes(name, times));
    },
    exportState(): RunState {
      return {
        own: own.exportState(),
        signals: signals.map((s) => s.exportState()),
        deployed: deployed ? deployed.exportState() : null,
        exclude: exclude.exportState(),
        excludeFromWindow: fromWindow.exportState(),
      };
    },
    importState(state) {
      const s = state as RunState;
      own.importState(s.own);
      signals.forEach((x, i) => x.importState(s.signals[i]));
      if (deployed) deployed.importState(s.deployed);
      exclude.importState(s.exclude);
      fromWindow.importState(s.excludeFromWindow);
    },
    importAggregates(rows) {
      const parts = new Map<string, AggregateInput[]>();
      for (const row of rows) {
        const list = parts.get(row.part);
        if (list) list.push(row);
        else parts.set(row.part, [row]);
      }
      for (const [part, list] of parts) {
        const [name, n] = part.split('.') as [string, string | undefined];
        const k = Number(n);
        if (part === 'own') own.importAggregates(list);
        else if (name === 'signal' && signals[k - 1]) signals[k - 1]!.importAggregates(list);
        else if (part === 'deployed' && deployed) deployed.importAggregates(list);
        else if (name === 'exclude' && k >= 1) exclude.importAggregates(k, list);
        else if (name === 'excludeFromWindow' && k >= 1) fromWindow.importAggregates(k, list);
        else throw new InputError(`aggregates of metric '${metric.id}': the metric has no reader '${part}'`);
      }
    },
  };
}

/** Each resource's outcomes, worked out as they are taken (10,000 resources' outcomes at once were most of the collector's work). */
function* eachResource(names: readonly string[], outcomes: (name: string) => Outcome[]): Generator<ResourceOutcomes> {
  for (const name of names) yield { resource: name, outcomes: outcomes(name) };
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function deployedSource(ctx: KindContext, per: string | null): IntervalSource {
  const { data, where } = ctx.metric.deployed!;
  const reader = `deployed time of metric '${ctx.metric.id}'`;
  const source = ctx.sourceNamed(data);
  if (source.def.kind !== 'intervals') throw new InputError(`${reader}: data source '${data}' is of kind '${source.def.kind}', not intervals`);
  return new IntervalSource({ source, match: rowMatch(where, ctx.metric.service, source), per, keep: ctx.range, asOf: ctx.asOf, reader });
}

/** A period's outcome: value = 100 × (W − D) / W, exactly; no window time is no-data. */
function outcome(m: PeriodMeasure, extra: Partial<MetricResult> | undefined): Outcome {
  const { w, d } = m;
  const down = d.value;
  const counts = { windowSeconds: w / 1000, downtimeSeconds: down / 1000, ...extra };
  const facts: CreditFacts = { downtimeMs: down, windowMs: w, incidents: m.incidents };
  if (m.firstIncidentEnd !== null) facts.firstIncidentEnd = m.firstIncidentEnd;
  if (w === 0) return { value: null, exact: null, counts, facts };
  const exact = d.isWhole ? null : d.exact();
  if (!exact) return { value: (100 * (w - down)) / w, exact: { num: w - down, den: w, scale: 100 }, counts, facts };
  const den = BigInt(w) * exact.den;
  const num = den - exact.num;
  return {
    value: quotientToNumber(100n * num, den),
    exact: { num: w - down, den: w, scale: 100, exactNum: { m: num, e: 0 }, exactDen: { m: den, e: 0 } },
    counts,
    facts,
  };
}
