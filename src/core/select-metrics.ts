import { UsageError } from './errors';
import { suggest } from './suggest';

export interface Selection<M> {
  /** The metrics to report, in the agreement's order. */
  reported: M[];
  /** Also evaluated: metrics that excuse a reported one. */
  evaluated: M[];
}

/**
 * The metrics --metric names (all by default), plus those whose excuses they
 * need, in the agreement's order: what `sla evaluate` reports and what
 * `sla export sql` computes. An unknown id is a usage error with a hint.
 */
export function selectMetrics<M extends { id: string; excuses?: readonly string[] }>(all: readonly M[], ids: readonly string[] | undefined): Selection<M> {
  const known = all.map((m) => m.id);
  for (const id of ids ?? []) {
    if (known.includes(id)) continue;
    const hint = suggest(id, known);
    throw new UsageError(`unknown metric '${id}'${hint ? ` (did you mean '${hint}'?)` : ''}; metrics: ${known.join(', ')}`);
  }
  const reported = ids && ids.length > 0 ? all.filter((m) => ids.includes(m.id)) : [...all];
  const wanted = new Set(reported.map((m) => m.id));
  const evaluated = all.filter((m) => wanted.has(m.id) || (m.excuses ?? []).some((id) => wanted.has(id)));
  return { reported, evaluated };
}
