import { InputError } from '../core/errors';
import type { Outcome } from './kinds/kind';

/**
 * A value or count beyond the doubles (two cells of 1e308 summed) would show
 * as ∞ in a table and as null (no data) in JSON beside a verdict; it stops
 * the run instead, naming the metric and period. Called once per result (a
 * per-resource run has tens of thousands): no closure or entry list per call.
 */
export function checkFinite(metric: string, period: string, outcome: Outcome): void {
  if (runaway(outcome.value)) throw beyond(metric, period, 'value');
  const counts = outcome.counts as Record<string, unknown>;
  for (const name in counts) {
    if (runaway(counts[name])) throw beyond(metric, period, name === 'count' || name === 'rows' ? `${name} of rows` : `sum of ${name}`);
  }
}

const runaway = (v: unknown): boolean => typeof v === 'number' && !Number.isFinite(v);

function beyond(metric: string, period: string, name: string): InputError {
  return new InputError(`metric '${metric}', period ${period}: the ${name} is beyond the range of numbers (over 1.8e308); a data cell holds a runaway value`);
}
