import { InputError } from '../../core/errors';
import type { Interval, Valued } from '../../time';
import type { Spans } from './spans';
import type { MetricResult } from '../result';
import type { SourceFrame } from '../source';
import type { Share } from './share';
import type { AggregateInput } from '../kinds/kind';

/** What one source of downtime says of one resource, over the evaluated range. */
export interface Down {
  /** The downtime, merged (with `shares`: the time its pieces cover). */
  spans: Spans;
  /** Downtime by shares (weights, slice means): sorted pieces that do not overlap; null when all of it is whole. */
  shares: Valued<Share>[] | null;
  /** Time out of the window altogether (empty slices declared `excluded`). */
  excluded: Interval[];
  /** Per period, the counts behind a result (slices: `slices`, `emptySlices`, `downSlices`). */
  counts?: Partial<MetricResult>[];
}

/** A reader of downtime rows (the metric's own data, a signal): what it kept, per resource. */
export interface DownSource {
  /** The resources its rows name (none when not per resource). */
  names(): readonly string[];
  /** What it says of a resource (null when not per resource). */
  of(name: string | null): Down;
  exportState(): unknown;
  importState(state: unknown): void;
  /** Adds the rows an engine computed for this reader (--aggregates). */
  importAggregates(rows: readonly AggregateInput[]): void;
}

/** A column role the source must map (`start`, `time` ...), as its index in the row. */
export function roleColumn(source: SourceFrame, role: string, reader: string): number {
  const name = source.role(role);
  if (!name) throw new InputError(`data source '${source.name}' maps no '${role}' column (${reader})`);
  return source.column(name);
}
