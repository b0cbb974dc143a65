import { InputError } from '../core/errors';
import type { Outcome } from './kinds/kind';

/**
 * A value or count beyond the doubles (two cells of 1e308 summed) would show
 * as ∞ in a table and as null (no data) in JSON beside a verdict; it stops
 * the run instead, naming the metric and period.
 */
export function checkFinite(metric: string, period: string, outcome: Outcome): void {
  const bad = (name: string, v: unknown): void => {
    if (typeof v === 'number' && !Number.isFinite(v)) {
      throw new InputError(
        `metric '${metric}', period ${period}: the ${name} is beyond the range of numbers (over 1.8e308); a data cell holds a runaway value`,
      );
    }
  };
  bad('value', outcome.value);
  for (const [name, v] of Object.entries(outcome.counts)) bad(name === 'count' || name === 'rows' ? `${name} of rows` : `sum of ${name}`, v);
}
