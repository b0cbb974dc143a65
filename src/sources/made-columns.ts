import { InputError } from '../core/errors';
import type { SourcePlan } from '../rows';
import type { JsonRecord, PathPart } from './records';
import type { MadeRow } from './transform';

/** A made cell: its text, and the record (and the path in it) it came from. */
export interface MadeCell {
  text: string;
  from: { record: JsonRecord; at: PathPart[] };
}

/**
 * For a transform that makes fixed columns (a Zendesk item, a Statuspage
 * interval): checks that the plan asks only for those, and turns a made row
 * (cells by name) into the plan's column order.
 */
export function madeColumns(plan: SourcePlan, available: readonly string[], format: string, kind: string): (cells: Record<string, MadeCell>) => MadeRow {
  const unknown = plan.columns.filter((c) => !available.includes(c));
  if (unknown.length > 0) {
    throw new InputError(
      `data source '${plan.name}' (${format}, ${kind}) has no column ${unknown.map((c) => `'${c}'`).join(', ')} (its columns: ${available.join(', ')})`,
    );
  }
  const columns = plan.columns;
  return (cells) => {
    const row = columns.map((c) => cells[c]!);
    return { cells: row.map((c) => c.text), origin: (field) => row[field]!.from };
  };
}
