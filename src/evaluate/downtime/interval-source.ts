import { InputError } from '../../core/errors';
import { RowError } from '../../rows';
import type { RowCells } from '../../rows/cells';
import { coveredByAtLeast, largestValue, type Interval, type Valued } from '../../time';
import type { RowTest } from '../conditions';
import type { Range } from '../range';
import type { SourceFrame } from '../source';
import { roleColumn, type Down, type DownSource } from './down';
import { IntervalRows, type IntervalRowsState } from './interval-rows';
import { compareShares, decimalShare, type Share } from './share';
import { coveredBy, intervalsOf, spansOf } from './spans';
import { readWeight } from './weight';
import type { AggregateInput } from '../kinds/kind';
import { aggregateWhere, whole } from '../aggregates/values';

export interface IntervalReading {
  source: SourceFrame;
  /** `service` and `where` of the reader. */
  match: RowTest | null;
  /** The column naming the resource (`per`), or null. */
  per: string | null;
  /** `downtime.weight`: the column with each row's share. */
  weight?: string | null;
  /** `downtime.of` / `atLeast` / `outOf`. */
  composite?: { of: string; atLeast: number; outOf: number | null } | null;
  /** Rows whose interval meets this span are kept. */
  keep: Range;
  asOf: number;
  /** Who reads, for messages: "metric 'up'", "signal 2 of metric 'up'". */
  reader: string;
}

/** A row whose end comes before its start (made apart from the row reader, which stays small). */
const endBeforeStart = (endCol: number): RowError => new RowError(endCol, 'end is before start');

/**
 * Reads rows of kind `intervals` (a metric's own, a signal, deployed or
 * excluded time): each matching row's [start, end), an empty end lasting
 * until --as-of, kept when it meets `keep`. Memory grows with the kept rows
 * (intervals are few next to events).
 */
export class IntervalSource implements DownSource {
  readonly rows: IntervalRows;
  private readonly composite: IntervalReading['composite'];
  /** Per resource index, the component indexes seen (for `outOf`). */
  private readonly seen = new Map<number, number[]>();

  constructor(private readonly r: IntervalReading) {
    const { source, match, keep, asOf } = r;
    this.composite = r.composite ?? null;
    const startCol = roleColumn(source, 'start', r.reader);
    const endCol = roleColumn(source, 'end', r.reader);
    const perCol = r.per === null ? -1 : source.column(r.per);
    const ofCol = this.composite ? source.column(this.composite.of) : -1;
    const weightCol = r.weight ? source.column(r.weight) : -1;
    const rows = (this.rows = new IntervalRows({ perKey: perCol >= 0, perComp: ofCol >= 0, shares: weightCol >= 0 }));
    const outOf = this.composite?.outOf ?? Infinity;

    let s = 0;
    let e = 0;
    let key = 0;
    let comp = 0;
    let share = 1;
    source.consumers.push({
      take: (cells: RowCells) => {
        if (match && !match(cells)) return false;
        s = source.time(cells, startCol);
        if (Number.isNaN(s)) return false;
        e = source.time(cells, endCol);
        if (Number.isNaN(e)) e = asOf;
        else if (e < s) throw endBeforeStart(endCol);
        if (!(e > s && e > keep.start && s < keep.end)) return false;
        if (perCol >= 0) key = rows.keys!.find(cells, perCol);
        // the rarer columns in calls of their own: this function stays small enough to be
        // inlined into the reader's loop
        if (ofCol >= 0) comp = this.component(cells, ofCol, key, outOf);
        if (weightCol >= 0) share = readWeight(cells, weightCol);
        return true;
      },
      apply: () => {
        if (perCol >= 0 && key < 0) key = rows.keys!.addFound();
        if (ofCol >= 0) {
          if (comp < 0) comp = rows.comps!.addFound();
          this.note(key, comp);
        }
        rows.push(s, e, key, comp, share);
      },
    });
  }

  /** The component of a row (`downtime.of`), refused past `outOf` distinct ones for its resource. */
  private component(cells: RowCells, ofCol: number, key: number, outOf: number): number {
    const comp = this.rows.comps!.find(cells, ofCol);
    const known = key < 0 ? undefined : this.seen.get(key);
    if ((comp < 0 || !known?.includes(comp)) && (known?.length ?? 0) >= outOf) {
      throw new RowError(ofCol, `more than ${outOf} distinct components (downtime.outOf)`);
    }
    return comp;
  }

  private note(key: number, comp: number): void {
    const known = this.seen.get(key);
    if (!known) this.seen.set(key, [comp]);
    else if (!known.includes(comp)) known.push(comp);
  }

  names(): readonly string[] {
    return this.rows.keys?.names ?? [];
  }

  /** The union of the rows' intervals of a resource (deployed and excluded time). */
  intervalsOf(name: string | null): Interval[] {
    const k = name === null || !this.rows.keys ? 0 : this.rows.keys.indexOf(name);
    return intervalsOf(this.rows.unionOf(k));
  }

  of(name: string | null): Down {
    const k = name === null || !this.rows.keys ? 0 : this.rows.keys.indexOf(name);
    if (this.composite) {
      const { start, end, comp } = this.rows.columnsOf(k);
      const lists = new Map<number, Interval[]>();
      for (let i = 0; i < start.length; i++) {
        const c = comp![i]!;
        const list = lists.get(c);
        if (list) list.push([start[i]!, end[i]!]);
        else lists.set(c, [[start[i]!, end[i]!]]);
      }
      return { spans: spansOf(coveredByAtLeast([...lists.values()], this.composite.atLeast)), shares: null, excluded: [] };
    }
    if (this.rows.weighted) {
      const { start, end, share } = this.rows.columnsOf(k);
      const cache = new Map<number, Share>();
      const pieces: Valued<Share>[] = [];
      for (let i = 0; i < start.length; i++) {
        const w = share![i]!;
        if (w === 0) continue;
        let exact = cache.get(w);
        if (!exact) cache.set(w, (exact = decimalShare(w)));
        pieces.push([start[i]!, end[i]!, exact]);
      }
      const shares = largestValue(pieces, compareShares);
      return { spans: spansOf(coveredBy(shares)), shares, excluded: [] };
    }
    return { spans: this.rows.unionOf(k), shares: null, excluded: [] };
  }

  exportState(): IntervalRowsState {
    return this.rows.exportState();
  }

  /** Stretches of the union of the rows, per resource (weights and components are not computed by engines). */
  importAggregates(list: readonly AggregateInput[]): void {
    if (this.composite || this.rows.weighted) throw new InputError(`${this.r.reader}: weighted or composite downtime is not read from aggregates`);
    for (const row of list) {
      if (this.rows.keys && row.resource === null) throw new InputError(`${aggregateWhere(row)}: a per-resource metric's row names no resource`);
      const key = this.rows.keys ? this.rows.keys.add(row.resource!) : 0;
      this.rows.push(whole(row, 'start_ms'), whole(row, 'end_ms'), key, 0, 1);
    }
  }

  importState(state: unknown): void {
    const s = state as IntervalRowsState;
    const from = this.rows.length;
    this.rows.importState(s);
    if (!this.composite) return;
    for (let i = from; i < this.rows.length; i++) this.note(this.rows.keyAt(i), this.rows.compAt(i));
    const outOf = this.composite.outOf;
    if (outOf === null) return;
    for (const comps of this.seen.values()) {
      if (comps.length > outOf) {
        const whose = this.rows.keys ? ' for one resource' : '';
        throw new InputError(`${this.r.reader}: data source '${this.r.source.name}' names ${comps.length} distinct components in column '${this.composite.of}'${whose}, more than downtime.outOf (${outOf})`);
      }
    }
  }
}
