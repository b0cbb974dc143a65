import { parseCondition, type Condition } from '../../core/condition';
import { dec, shift, toText } from '../../core/decimal';
import type { Metric } from '../../core/model';
import { parseDuration } from '../../time';

/** A percentage as OpenSLO's fraction, exactly as written (99.9 → 0.999). */
export function fraction(c: Condition): number {
  return Number(toText(shift(dec(c.numberText), 2)));
}

/** What an SLO's spec gets from a metric: its indicator and objective, or why OpenSLO cannot state it. */
export interface Objective {
  budgetingMethod: 'Occurrences' | 'Timeslices';
  indicator: Record<string, unknown>;
  objective: Record<string, unknown>;
  /** What OpenSLO cannot say of it, each kept in an annotation: [annotation name, value, why]. */
  kept: [string, string, string][];
}

/** The duration shorthand of OpenSLO (30s has none: it takes whole minutes). */
export function shorthand(text: string | undefined): string | null {
  const ms = parseDuration(text ?? '');
  if (ms === null || ms <= 0) return null;
  for (const [unit, size] of [['d', 86_400_000], ['h', 3_600_000], ['m', 60_000]] as const) if (ms % size === 0) return `${ms / size}${unit}`;
  return null;
}

const source = (metric: Metric, role: string, extra: Record<string, unknown> = {}) => ({
  metricSource: { type: 'sla-as-code', spec: { data: metric.data, role, ...extra } },
});

/**
 * A metric as OpenSLO: ratio as Occurrences of good rows; availability from
 * slices as Timeslices (a slice is good when `downWhen` does not hold); from
 * intervals, as Timeslices of one minute that are good without downtime;
 * percentile as a threshold that the percentile's share of rows meets;
 * duration as Occurrences of items within their limit. Aggregates and
 * targets OpenSLO cannot state (below the value, or 100%) give a reason.
 */
export function objectiveOf(metric: Metric, dataKind: string | undefined): Objective | string {
  const target = parseCondition(metric.target);
  if (!target) return `target '${metric.target}' is not a condition`;
  const kept: Objective['kept'] = [];
  const name = metric.name;
  if (metric.kind === 'aggregate') return `an aggregate (${metric.aggregate ?? 'count'}) is a number, not a share of good events or time`;
  if (metric.kind === 'percentile') {
    if (target.op !== '<=' && target.op !== '<') return `a percentile target '${metric.target}' (OpenSLO thresholds count the rows below a value)`;
    const p = dec(String(metric.percentile ?? 50));
    const value = target.unit && target.unit !== metric.unit && target.unitClass === 'time' ? null : Number(target.numberText);
    if (value === null) return `its target is in ${target.unit}, its values in ${metric.unit ?? 'no unit'}`;
    if (p.m >= 100n * 10n ** BigInt(p.e)) return 'the 100th percentile would need a target of 100% (OpenSLO targets are below 1)';
    return {
      budgetingMethod: 'Occurrences',
      indicator: { thresholdMetric: source(metric, 'value', { column: metric.value, ...(metric.unit ? { unit: metric.unit } : {}) }) },
      objective: { displayName: name, op: target.op === '<' ? 'lt' : 'lte', value, target: Number(toText(shift(p, 2))) },
      kept,
    };
  }
  if (target.op !== '>=' && target.op !== '>') return `a target '${metric.target}' that asks for at most a share (OpenSLO targets are a least share of good)`;
  if (target.unitClass !== 'percent') return `its target '${metric.target}' is not a percentage`;
  if (fraction(target) >= 1) return `a target of ${target.numberText}% (OpenSLO targets are below 1)`;
  if (target.op === '>') kept.push(['target', metric.target, `the target is strict ('${metric.target}'); OpenSLO targets are met at the value`]);
  const objective: Record<string, unknown> = { displayName: name, target: fraction(target) };
  if (metric.kind === 'ratio' || metric.kind === 'duration') {
    const total = source(metric, metric.kind === 'duration' ? 'items' : 'rows', metric.where ? { where: metric.where } : {});
    const good = source(metric, metric.kind === 'duration' ? 'items within their limit' : 'good rows', metric.good ? { good: metric.good } : {});
    return { budgetingMethod: 'Occurrences', indicator: { ratioMetric: { counter: true, good, total } }, objective, kept };
  }
  // availability
  if (dataKind === 'intervals') {
    kept.push(['downtime', 'intervals', 'downtime is counted to the millisecond from intervals; OpenSLO slices it into minutes']);
    return {
      budgetingMethod: 'Timeslices',
      indicator: { ratioMetric: { counter: false, good: source(metric, 'minutes without downtime'), total: source(metric, 'minutes') } },
      objective: { ...objective, timeSliceTarget: 1, timeSliceWindow: '1m' },
      kept,
    };
  }
  const window = shorthand(metric.slice);
  if (!window) return `slices of ${metric.slice} (OpenSLO slices are whole minutes)`;
  if (metric.sliceMeasure === 'mean') return 'the mean of the slices\' shares (sliceMeasure: mean) is not a share of good slices';
  const down = parseCondition(metric.downWhen ?? '');
  if (!down || (down.op !== '<' && down.op !== '<=')) return `a slice down when '${metric.downWhen ?? ''}' (OpenSLO slices are good at or above a share)`;
  if (down.op === '<=') kept.push(['down-when', metric.downWhen!, `a slice at exactly ${down.numberText}% is down; OpenSLO counts it good`]);
  const counts = dataKind === 'counts';
  return {
    budgetingMethod: 'Timeslices',
    indicator: { ratioMetric: { counter: counts, good: source(metric, counts ? 'good' : 'good rows', metric.good ? { good: metric.good } : {}), total: source(metric, counts ? 'total' : 'rows') } },
    objective: { ...objective, timeSliceTarget: fraction(down), timeSliceWindow: window },
    kept,
  };
}
