import type { Metric } from './model';

/**
 * The aggregate rows of `sla export sql` (docs/scale-out.md): what a SQL
 * engine computes from a metric's rows, in one table that every part of every
 * metric shares, so that `sla evaluate --aggregates` can fold it into the same
 * per-period state as the rows themselves. Written by src/export, read by
 * src/evaluate: the contract lives here, between them.
 */
export const AGGREGATE_COLUMNS = ['metric', 'part', 'resource', 'period', 'slot', 'item', 'row_count', 'good', 'total', 'value', 'start_ms', 'end_ms', 'id', 'pick', 'bad'] as const;

export type AggregateColumn = (typeof AGGREGATE_COLUMNS)[number];

/** Columns holding whole numbers (BIGINT); the others hold text. */
export const INTEGER_COLUMNS: ReadonlySet<AggregateColumn> = new Set(['slot', 'item', 'row_count', 'start_ms', 'end_ms', 'bad']);

/**
 * One row. `part` says which reader of the metric it feeds: `plan` (its
 * digest), `own` (its own data), `signal.N`, `deployed`, `exclude.N`,
 * `excludeFromWindow.N` (the N-th data item of that list) or `pauses`.
 */
export interface AggregateRow {
  metric: string;
  part: string;
  /** Per-resource metrics: the resource. */
  resource: string | null;
  /** The period's label (slices, counts, items). */
  period: string | null;
  /** A slice's index in its period; an item's clock. */
  slot: number | null;
  /** An item's number within its period (its clocks share it). */
  item: number | null;
  /** Rows counted. */
  row_count: number | null;
  /** Good rows (events) or Σgood (counts), exact decimal text. */
  good: string | null;
  /** Σtotal (counts), exact decimal text. */
  total: string | null;
  /** A sum, least or greatest value, or percentile value as exact decimal text; the digest of a `plan` row. */
  value: string | null;
  /** An interval, a clock or a pause: UTC ms. */
  start_ms: number | null;
  end_ms: number | null;
  /** An item's or a pause's id. */
  id: string | null;
  /** The text of the column that picks an item's limit (`within.by`). */
  pick: string | null;
  /** Rows that `sla evaluate` would stop at (a row error): they are counted, never used. */
  bad: number | null;
}

/** Bumped when the meaning of the rows changes: old aggregates are then refused. */
export const AGGREGATES_VERSION = 1;

/** What a `plan` row's value holds: the digest and the run it was made for. */
export interface AggregatePlan {
  digest: string;
  /** --as-of of the export, ISO 8601 in UTC. */
  asOf: string;
  /** --from and --to of the export, when given. */
  from?: string;
  to?: string;
}

/** Every data source a metric reads: its own, signals, deployed time, excluded time and pauses. */
export function metricSources(metric: Metric): string[] {
  const out = [metric.data];
  for (const s of metric.signals ?? []) out.push(s.data);
  if (metric.deployed) out.push(metric.deployed.data);
  for (const list of [metric.exclude, metric.excludeFromWindow]) {
    for (const x of list ?? []) if (typeof x === 'object' && x !== null) out.push(x.data);
  }
  if (metric.pauses !== undefined) out.push(typeof metric.pauses === 'string' ? metric.pauses : metric.pauses.data);
  return [...new Set(out)];
}

/**
 * A digest of everything a metric's aggregate rows depend on (its
 * definition, its sources' definitions without their files, its periods as
 * measured, --as-of): aggregates computed for another agreement, range or
 * instant are refused instead of read as if they were current. Calendars and
 * targets are not in it: they apply after the rows, in `sla`.
 */
export function aggregateDigest(input: { metric: Metric; sources: Record<string, unknown>; periods: { label: string; start: number; end: number }[]; asOf: number; range: { start: number; end: number } }): string {
  const sources = Object.keys(input.sources)
    .sort()
    .map((name) => {
      const { file: _file, ...def } = input.sources[name] as Record<string, unknown>;
      return [name, def];
    });
  const text = JSON.stringify([AGGREGATES_VERSION, input.metric, sources, input.periods.map((p) => [p.label, p.start, p.end]), input.asOf, input.range.start, input.range.end]);
  return fnv1a64(text);
}

/** FNV-1a, 64 bits, of the UTF-16 code units, as 16 hex digits. */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = (1n << 64n) - 1n;
  for (let i = 0; i < text.length; i++) h = ((h ^ BigInt(text.charCodeAt(i))) * prime) & mask;
  return h.toString(16).padStart(16, '0');
}
