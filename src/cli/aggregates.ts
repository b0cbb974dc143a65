import * as path from 'path';
import type { AggregatePlan, AggregateRow } from '../core/aggregates';
import { InputError, UsageError } from '../core/errors';
import { readAggregatesFile } from '../io/aggregates-file';

/** Aggregate rows to feed an evaluation, and the run they were exported for. */
export interface Fed {
  rows: AggregateRow[];
  /** The metrics they cover (those with a plan row). */
  metrics: string[];
  /** --as-of, --from and --to of the export, which the evaluation takes unless it is told otherwise. */
  asOf?: string;
  from?: string;
  to?: string;
  /** The file, as an input of the run (never written over). */
  input: { path: string; what: string };
}

/** `sla evaluate --aggregates FILE`: the rows, and which metrics and run they are for. */
export function loadAggregates(file: string, cwd: string, known: readonly string[]): Fed {
  const rows = readAggregatesFile(file, cwd);
  const plans = rows.filter((r) => r.part === 'plan');
  if (plans.length === 0) throw new InputError(`${file}: no plan rows: is it the result of the query \`sla export sql\` writes?`);
  const metrics = [...new Set(plans.map((r) => r.metric))];
  for (const id of metrics) if (!known.includes(id)) throw new UsageError(`--aggregates ${file}: the agreement has no metric '${id}'`);
  const unplanned = rows.find((r) => r.part !== 'plan' && !metrics.includes(r.metric));
  if (unplanned) throw new InputError(`${file}: rows of metric '${unplanned.metric}' without its plan row`);
  const first = parsePlan(plans[0]!, file);
  for (const p of plans.slice(1)) {
    const other = parsePlan(p, file);
    if (other.asOf !== first.asOf || other.from !== first.from || other.to !== first.to) throw new InputError(`${file}: its metrics were exported for different runs (--from, --to or --as-of)`);
  }
  return { rows, metrics, asOf: first.asOf, from: first.from, to: first.to, input: { path: path.resolve(cwd, file), what: 'the aggregates' } };
}

function parsePlan(row: AggregateRow, file: string): AggregatePlan {
  try {
    const plan = JSON.parse(row.value ?? '') as AggregatePlan;
    if (typeof plan.digest === 'string' && typeof plan.asOf === 'string') return plan;
  } catch {
    // reported below
  }
  throw new InputError(`${file}: the plan row of metric '${row.metric}' is not what \`sla export sql\` writes`);
}
