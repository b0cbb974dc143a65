import { InputError } from '../../core/errors';
import type { ExcludedData, Metric } from '../../core/model';
import { parseDuration, parsePeriodLabel, periodsIn, type Zone } from '../../time';
import type { MetricSql } from './context';
import { intervalSql } from './interval-reader';
import { sliceSql } from './slice-reader';

/** Why an availability metric's downtime cannot be computed by the engine, or null when it can. */
export function availabilityRefusal(metric: Metric): string | null {
  if (metric.downtime?.weight !== undefined) return 'weighted downtime (downtime.weight) takes the largest share where rows overlap; the engine would have to return every row';
  if (metric.downtime?.of !== undefined) return 'composite downtime (downtime.of) counts components down at once; the engine would have to return every row';
  return null;
}

/**
 * `availability`: its own data (slices of events or counts, or intervals),
 * each signal, deployed time and the data items of `exclude` and
 * `excludeFromWindow`, each a part of its own. Windows, maintenance,
 * minimum, unit and empty slices are applied by `sla` to what these return.
 */
export function availabilitySql(m: MetricSql, kindOf: (source: string) => string, zone: Zone): void {
  const { metric } = m;
  const per = metric.per ?? null;
  const minimum = metric.downtime?.minimum === undefined ? 0 : (parseDuration(metric.downtime.minimum) ?? 0);
  const kept = { start: m.range.start - minimum, end: m.range.end + minimum };
  const reader = `metric '${metric.id}'`;
  if (kindOf(metric.data) === 'intervals') intervalSql(m, { part: 'own', source: metric.data, where: metric.where, per, keep: kept, reader });
  else sliceSql(m, { part: 'own', source: metric.data, where: metric.where, good: metric.good, slice: metric.slice, per, reader });

  (metric.signals ?? []).forEach((s, n) => {
    const part = `signal.${n + 1}`;
    const who = `signal ${n + 1} of metric '${metric.id}'`;
    const kind = kindOf(s.data);
    if (kind === 'intervals') intervalSql(m, { part, source: s.data, where: s.where, per, keep: kept, reader: who });
    else if (kind === 'events' || kind === 'counts') sliceSql(m, { part, source: s.data, where: s.where, good: s.good, slice: s.slice, per, reader: who });
    else throw new InputError(`${who}: data source '${s.data}' is of kind '${kind}'; a signal reads intervals, events or counts`);
  });

  if (metric.deployed) {
    const who = `deployed time of metric '${metric.id}'`;
    intervalsOnly(kindOf, metric.deployed.data, who);
    intervalSql(m, { part: 'deployed', source: metric.deployed.data, where: metric.deployed.where, per, keep: m.range, reader: who });
  }

  for (const key of ['exclude', 'excludeFromWindow'] as const) {
    const items = (metric[key] ?? []).filter((x): x is ExcludedData => typeof x === 'object' && x !== null);
    items.forEach((x, n) => {
      const who = `${key} item ${n + 1} of metric '${metric.id}'`;
      intervalsOnly(kindOf, x.data, who);
      intervalSql(m, { part: `${key}.${n + 1}`, source: x.data, where: x.where, per: null, keep: budgetSpan(x, m, zone, who), reader: who });
    });
  }
}

function intervalsOnly(kindOf: (source: string) => string, data: string, who: string): void {
  const kind = kindOf(data);
  if (kind !== 'intervals') throw new InputError(`${who}: data source '${data}' is of kind '${kind}', not intervals`);
}

/** Rows of a budget are read over the whole calendar spans that meet the range (docs/semantics.md, exclude). */
function budgetSpan(x: ExcludedData, m: MetricSql, zone: Zone, who: string): { start: number; end: number } {
  if (x.upTo === undefined && x.per === undefined) return m.range;
  if (parseDuration(x.upTo ?? '') === null || x.per === undefined) throw new InputError(`${who}: a budget needs both upTo (a duration such as 10h) and per (day, week, month, quarter or year)`);
  const spans = periodsIn(x.per, zone, m.range.start, m.range.end).map((p) => parsePeriodLabel(p.label, zone)!);
  return { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
}
