import { InputError } from '../../core/errors';
import { parseDuration } from '../../time';
import type { MetricShape } from '../model';

/** How an availability metric counts downtime (docs/semantics.md, Downtime), read and checked. */
export interface DowntimeRules {
  /** `per`: the column naming the resource, or null. */
  per: string | null;
  /** `downtime.minimum` in ms (0: none). */
  minimum: number;
  /** `downtime.unit` in ms (0: none). */
  unit: number;
  weight: string | null;
  composite: { of: string; atLeast: number; outOf: number | null } | null;
}

function duration(metric: MetricShape, key: string, text: string | undefined): number {
  if (text === undefined) return 0;
  const ms = parseDuration(text);
  if (ms === null || ms <= 0) throw new InputError(`metric '${metric.id}': downtime.${key} '${text}' is not a duration such as 1m`);
  return ms;
}

/** The metric's downtime rules, given the kind of its own data (weights and components need intervals). */
export function downtimeRules(metric: MetricShape, dataKind: string): DowntimeRules {
  const d = metric.downtime ?? {};
  const at = `metric '${metric.id}'`;
  if (dataKind !== 'intervals' && (d.weight !== undefined || d.of !== undefined)) {
    const key = d.weight !== undefined ? 'weight' : 'of';
    throw new InputError(`${at}: downtime.${key} applies to data of kind intervals; data source '${metric.data}' is of kind '${dataKind}'`);
  }
  if (d.weight !== undefined && d.of !== undefined) throw new InputError(`${at}: downtime.weight and downtime.of cannot be combined`);
  if (d.of === undefined && (d.atLeast !== undefined || d.outOf !== undefined)) {
    throw new InputError(`${at}: downtime.${d.atLeast !== undefined ? 'atLeast' : 'outOf'} needs downtime.of (the column naming the component)`);
  }
  const atLeast = d.atLeast ?? 1;
  if (d.outOf !== undefined && atLeast > d.outOf) throw new InputError(`${at}: downtime.atLeast (${atLeast}) is more than downtime.outOf (${d.outOf})`);
  return {
    per: metric.per ?? null,
    minimum: duration(metric, 'minimum', d.minimum),
    unit: duration(metric, 'unit', d.unit),
    weight: d.weight ?? null,
    composite: d.of === undefined ? null : { of: d.of, atLeast, outOf: d.outOf ?? null },
  };
}
