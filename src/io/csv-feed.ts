import type { EvaluationPlan, SourcePlan } from '../evaluate';
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

interface RowErrorShape {
  field: number;
  reason: string;
}

/** By shape: the evaluate bundle may hold its own copy of the class. */
function isRowError(e: unknown): e is RowErrorShape {
  const r = e as Partial<RowErrorShape>;
  return typeof r === 'object' && r !== null && typeof r.field === 'number' && typeof r.reason === 'string';
}

/**
 * The row handler for a file: hands each row to the sink of every source that
 * reads the file, in that source's column order (the first source gets the
 * reader's own array when the orders agree), and turns a sink's RowError
 * into a bad row at the cell's position.
 */
export function createFeeder(
  sources: SourcePlan[],
  union: string[],
  plan: EvaluationPlan,
  positionOf: (slot: number) => CsvPosition,
  bad: (reason: string, at: CsvPosition) => void,
): (cells: string[]) => void {
  const feeds = sources.map((s, i) => {
    const slots = s.columns.map((c) => union.indexOf(c));
    const direct = i === 0 && slots.length === union.length && slots.every((slot, k) => slot === k);
    return { sink: plan.sink(s.name), slots, direct };
  });
  return (cells) => {
    for (let f = 0; f < feeds.length; f++) {
      const feed = feeds[f];
      let fields = cells;
      if (!feed.direct) {
        fields = new Array<string>(feed.slots.length);
        for (let k = 0; k < fields.length; k++) fields[k] = cells[feed.slots[k]];
      }
      try {
        feed.sink.row(fields);
      } catch (e) {
        if (!isRowError(e)) throw e;
        bad(e.reason, positionOf(feed.slots[e.field] ?? 0));
      }
    }
  };
}
