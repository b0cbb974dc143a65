import type { MetricResult } from '../../evaluate/result';

/** Results grouped by metric, in order of first appearance (a list per metric, appended to, not copied). */
export function byMetric(results: readonly MetricResult[]): Map<string, MetricResult[]> {
  const groups = new Map<string, MetricResult[]>();
  for (const r of results) {
    const group = groups.get(r.metric);
    if (group) group.push(r);
    else groups.set(r.metric, [r]);
  }
  return groups;
}
