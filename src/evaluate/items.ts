import type { PlannedMetric } from './assemble';
import type { ItemEntry } from './result';

/** --items: the items of the reported metrics that list them, in metric order (each run lists its own in time order). */
export function listItems(metrics: readonly PlannedMetric[]): ItemEntry[] {
  const out: ItemEntry[] = [];
  for (const m of metrics) {
    if (!m.reported || !m.run.items) continue;
    for (const item of m.run.items()) out.push(item);
  }
  return out;
}
