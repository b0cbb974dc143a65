import { TIME_UNITS, type UnitClass } from './condition';
import type { DataKind, MetricKind } from './model';

/**
 * The metric kinds, one entry each: the facts that lint, the evaluation and
 * the rendered contract all read. Adding a kind is an entry here; each wing
 * keeps a `Record<MetricKind, ...>` of its own (the evaluation's runs, the
 * contract's sentence), so the compiler then asks for it everywhere.
 */
export interface MetricKindSpec {
  /** The data kinds it reads (SEMANTICS.md, metric kinds). */
  readonly dataKinds: readonly DataKind[];
  /**
   * The kind-specific keys it needs and may use, given its source's data
   * kind (undefined when the source is unknown).
   */
  keys(metric: KindKeysInput, data: DataKind | undefined): { needs: readonly KindKey[]; uses: readonly KindKey[] };
  /** The unit its target, warning and tiers are written in (and the exact time unit when `unit` fixes one). */
  unit(metric: KindKeysInput): { unitClass: UnitClass; unit?: string };
}

/** What keys() and unit() read of a metric. */
export interface KindKeysInput {
  aggregate?: unknown;
  unit?: unknown;
  clocks?: unknown;
}

/** Keys whose meaning depends on the metric's kind, with what each is for (in the words of messages). */
export const KIND_KEYS = {
  window: 'the calendar time is measured in',
  exclude: 'time left out of downtime',
  slice: 'the length of the slices availability is cut into',
  downWhen: 'when a slice counts as down',
  good: 'which rows are good',
  value: 'the column the number is read from',
  unit: 'the unit of the value',
  percentile: 'which percentile, such as 95',
  from: 'the column with the start time',
  to: 'the column with the end time',
  within: 'the time an item must finish within',
  pauses: 'time that does not count',
  clocks: 'several time limits per item',
  aggregate: 'count, sum, mean, min or max',
} as const;

export type KindKey = keyof typeof KIND_KEYS;

export const METRIC_KINDS = {
  availability: {
    dataKinds: ['intervals', 'events', 'counts'],
    keys(_, data) {
      const sliced = data === 'events' || data === 'counts';
      const unknown = data === undefined;
      return {
        needs: sliced ? ['slice', 'downWhen'] : [],
        uses: ['window', 'exclude', ...(sliced || unknown ? (['slice', 'downWhen'] as const) : []), ...(data === 'events' || unknown ? (['good'] as const) : [])],
      };
    },
    unit: () => ({ unitClass: 'percent' }),
  },
  ratio: {
    dataKinds: ['events', 'counts'],
    keys: (_, data) => ({ needs: data === 'events' ? ['good'] : [], uses: data === 'counts' ? [] : ['good'] }),
    unit: () => ({ unitClass: 'percent' }),
  },
  percentile: {
    dataKinds: ['events'],
    keys: () => ({ needs: ['value', 'percentile'], uses: ['value', 'percentile', 'unit'] }),
    unit(metric) {
      if (typeof metric.unit === 'string' && !Object.hasOwn(TIME_UNITS, metric.unit)) return { unitClass: 'plain' };
      return typeof metric.unit === 'string' ? { unitClass: 'time', unit: metric.unit } : { unitClass: 'time' };
    },
  },
  duration: {
    dataKinds: ['items'],
    // `clocks` states each limit's columns and time instead of `from`, `to` and `within`
    keys: (metric) =>
      metric.clocks !== undefined ? { needs: ['clocks'], uses: ['clocks', 'window', 'pauses'] } : { needs: ['from', 'to', 'within'], uses: ['from', 'to', 'within', 'window', 'pauses'] },
    unit: () => ({ unitClass: 'percent' }),
  },
  aggregate: {
    dataKinds: ['intervals', 'events', 'counts', 'items'],
    keys(metric, data) {
      const value: KindKey[] = metric.aggregate === 'count' ? [] : ['value'];
      const from: KindKey[] = data === 'items' ? ['from'] : [];
      return { needs: ['aggregate', ...value, ...from], uses: ['aggregate', 'unit', ...value, ...from] };
    },
    unit: () => ({ unitClass: 'plain' }),
  },
} satisfies Record<MetricKind, MetricKindSpec>;

/** The catalogue entry of a kind as written in an agreement, or undefined for one the schema would refuse. */
export function metricKind(kind: unknown): MetricKindSpec | undefined {
  return typeof kind === 'string' && Object.hasOwn(METRIC_KINDS, kind) ? METRIC_KINDS[kind as MetricKind] : undefined;
}
