import type { Condition } from '../../core/condition';
import type { RowCells } from '../../rows/cells';
import type { Valued } from '../../time';
import type { RowTest } from '../conditions';
import { CountsRow } from '../kinds/counts-row';
import type { PeriodSet } from '../periods';
import type { MetricResult } from '../result';
import type { SourceFrame } from '../source';
import { holds } from '../target';
import { roleColumn, type Down, type DownSource } from './down';
import { Keys } from './keys';
import { badShare, WHOLE, type Share } from './share';
import { SliceCounts, type SliceCountsState } from './slice-counts';
import { spansOf } from './spans';
import type { AggregateInput } from '../kinds/kind';
import { aggregateWhere, exact, period, slot, whole } from '../aggregates/values';
import { dec } from '../decimal';
import { InputError } from '../../core/errors';

export type EmptySlices = 'up' | 'down' | 'excluded';

export interface SliceReading {
  source: SourceFrame;
  match: RowTest | null;
  /** `good` of events (null: every row is good). */
  good: RowTest | null;
  per: string | null;
  periods: PeriodSet;
  /** Slice length in ms. */
  slice: number;
  /** When a slice is down (`downWhen`); null for `sliceMeasure: mean`. */
  downWhen: Condition | null;
  empty: EmptySlices;
  reader: string;
}

interface SliceState {
  keys: string[] | null;
  counts: (SliceCountsState | null)[][];
}

/**
 * Reads events or counts into slices of `slice` from each period's start
 * (a row on a boundary starts the later slice). A slice is down when its
 * share of good rows satisfies `downWhen`; with `sliceMeasure: mean` it is
 * down by its share of rows that are not good. A slice with no rows (or
 * Σtotal 0) is up, down or excluded as `empty` says.
 */
export class SliceSource implements DownSource {
  private readonly keys: Keys | null;
  /** By resource index, then period: the counters (made on a slice's first row). */
  private readonly counts: (SliceCounts | null)[][] = [];
  private readonly exact: boolean;

  constructor(private readonly r: SliceReading) {
    const { source, match, periods, slice } = r;
    const timeCol = roleColumn(source, 'time', r.reader);
    this.exact = source.def.kind === 'counts';
    const row = this.exact ? new CountsRow(source, roleColumn(source, 'good', r.reader), roleColumn(source, 'total', r.reader)) : null;
    const perCol = r.per === null ? -1 : source.column(r.per);
    const keys = (this.keys = perCol >= 0 ? new Keys('resource') : null);
    const isGood = r.good;

    let i = -1;
    let k = 0;
    let key = 0;
    let addGood = 0;
    source.consumers.push({
      take: (cells: RowCells) => {
        if (match && !match(cells)) return false;
        const t = source.time(cells, timeCol);
        i = periods.find(t);
        if (i < 0) return false;
        k = Math.floor((t - periods.starts[i]!) / slice);
        if (keys) key = keys.find(cells, perCol);
        if (row) row.read(cells);
        else addGood = !isGood || isGood(cells) ? 1 : 0;
        return true;
      },
      apply: () => {
        if (keys && key < 0) key = keys.addFound();
        const c = this.countsOf(key, i);
        if (row) row.addTo(c.sums.good, c.sums.total, k);
        else c.addRow(k, addGood);
      },
    });
  }

  private sliceCount(i: number): number {
    const p = this.r.periods;
    return Math.max(0, Math.ceil((p.ends[i]! - p.starts[i]!) / this.r.slice));
  }

  private countsOf(key: number, i: number): SliceCounts {
    const byPeriod = (this.counts[key] ??= new Array<SliceCounts | null>(this.r.periods.length).fill(null));
    return (byPeriod[i] ??= new SliceCounts(this.sliceCount(i), this.exact));
  }

  names(): readonly string[] {
    return this.keys?.names ?? [];
  }

  of(name: string | null): Down {
    const { periods, slice, downWhen, empty } = this.r;
    const key = name === null || !this.keys ? 0 : this.keys.indexOf(name);
    const intervals: [number, number][] = [];
    const shares: Valued<Share>[] = [];
    const excluded: [number, number][] = [];
    const counts: Partial<MetricResult>[] = [];
    const extend = (list: [number, number][], s: number, e: number) => {
      const last = list[list.length - 1];
      if (last && last[1] === s) last[1] = e;
      else list.push([s, e]);
    };
    for (let i = 0; i < periods.length; i++) {
      const c = (key >= 0 && this.counts[key]?.[i]) || null;
      const count = this.sliceCount(i);
      const start = periods.starts[i]!;
      const end = periods.ends[i]!;
      let emptySlices = 0;
      let downSlices = 0;
      for (let k = 0; k < count; k++) {
        const s = start + k * slice;
        const e = Math.min(s + slice, end);
        const f = c ? c.share(k) : null;
        let share: Share | null = null;
        if (!f) {
          emptySlices++;
          if (empty === 'excluded') extend(excluded, s, e);
          if (empty === 'down') share = WHOLE;
        } else if (downWhen) {
          if (holds(downWhen, f, '%')) share = WHOLE;
        } else {
          const { good, total } = c!.exact(k);
          const bad = badShare(good, total);
          if (bad.num > 0n) share = bad;
        }
        if (!share) continue;
        if (downWhen) downSlices++;
        extend(intervals, s, e);
        if (!downWhen) shares.push([s, e, share]);
      }
      counts.push(downWhen ? { slices: count, emptySlices, downSlices } : { slices: count, emptySlices });
    }
    return { spans: spansOf(intervals), shares: downWhen ? null : shares, excluded, counts };
  }

  exportState(): SliceState {
    return {
      keys: this.keys ? [...this.keys.names] : null,
      counts: this.counts.map((byPeriod) => byPeriod.map((c) => (c ? c.exportState() : null))),
    };
  }

  /** Per period, slice and resource: rows and good rows (events), or Σgood and Σtotal (counts). */
  importAggregates(rows: readonly AggregateInput[]): void {
    for (const row of rows) {
      const i = period(row, this.r.periods.length);
      if (this.keys && row.resource === null) throw new InputError(`${aggregateWhere(row)}: a per-resource metric's row names no resource`);
      const key = this.keys ? this.keys.add(row.resource!) : 0;
      const c = this.countsOf(key, i);
      const k = slot(row, c.length);
      if (this.exact) c.addCounted(k, exact(row, 'good'), exact(row, 'total'));
      else c.addCounted(k, exact(row, 'good'), dec(whole(row, 'row_count')));
    }
  }

  importState(state: unknown): void {
    const s = state as SliceState;
    s.counts.forEach((byPeriod, otherKey) => {
      const key = this.keys && s.keys ? this.keys.add(s.keys[otherKey]!) : 0;
      byPeriod.forEach((c, i) => {
        if (c) this.countsOf(key, i).importState(c);
      });
    });
  }
}
