import { RowError, type RowSink, type RowTarget, type SourcePlan } from '../rows';
import { CsvCells } from './csv-decode';
import type { CsvPosition } from './csv-position';

/** A bad row as data: where it is, and why. */
export interface BadRow {
  line: number;
  column: number;
  reason: string;
}

/** The columns to read from a file shared by several sources, each once. */
export function unionOfColumns(sources: SourcePlan[]): string[] {
  const union: string[] = [];
  for (const s of sources) for (const c of s.columns) if (!union.includes(c)) union.push(c);
  return union;
}

/**
 * The row handler for a file: hands each row to the sink of every source that
 * reads the file, in that source's column order (the first source gets the
 * reader's own cells when the orders agree, others a view filled from them),
 * and turns a sink's RowError into a bad row at the cell's position.
 */
export function createFeeder(
  sources: SourcePlan[],
  union: string[],
  target: RowTarget,
  positionOf: (slot: number) => CsvPosition,
  bad: (reason: string, at: CsvPosition) => void,
): (cells: CsvCells) => void {
  const feeds = sources.map((s, i) => {
    const slots = Int32Array.from(s.columns, (c) => union.indexOf(c));
    const direct = i === 0 && slots.length === union.length && slots.every((slot, k) => slot === k);
    return { sink: target.sink(s.name), slots, view: direct ? null : new CsvCells(slots.length) };
  });
  const feedOne = (cells: CsvCells, sink: RowSink, slots: Int32Array, view: CsvCells | null): void => {
    let fields = cells;
    if (view !== null) {
      view.bytes = cells.bytes;
      for (let k = 0; k < slots.length; k++) {
        const slot = slots[k]!;
        view.starts[k] = cells.starts[slot]!;
        view.ends[k] = cells.ends[slot]!;
        view.flags[k] = cells.flags[slot]!;
      }
      fields = view;
    }
    try {
      sink.cells(fields);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      bad(e.reason, positionOf(slots[e.field] ?? 0));
    }
  };
  if (feeds.length === 1 && feeds[0]!.view === null) {
    const { sink, slots } = feeds[0]!;
    return (cells) => {
      try {
        sink.cells(cells);
      } catch (e) {
        if (!(e instanceof RowError)) throw e;
        bad(e.reason, positionOf(slots[e.field] ?? 0));
      }
    };
  }
  return (cells) => {
    for (let f = 0; f < feeds.length; f++) feedOne(cells, feeds[f]!.sink, feeds[f]!.slots, feeds[f]!.view);
  };
}
