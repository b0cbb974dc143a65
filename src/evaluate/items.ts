import { formatInstant, type Zone } from '../time';
import type { PlannedMetric } from './assemble';
import type { ClockStatus, ItemEntry } from './result';

/** One item as a run keeps it: instants in UTC ms (NaN when empty), its period by index. */
export interface RunItem {
  period: number;
  id: string | null;
  clocks: { name: string | null; from: number; to: number; limit: string; due: number; elapsed: number; status: ClockStatus }[];
}

const instant = (t: number, zone: Zone): string | null => (Number.isFinite(t) ? formatInstant(t, zone) : null);

/** --items: the items of the reported metrics that list them, in metric order, each in time order. */
export function listItems(metrics: readonly PlannedMetric[], zone: Zone): ItemEntry[] {
  const out: ItemEntry[] = [];
  for (const m of metrics) {
    if (!m.reported || !m.run.items) continue;
    for (const item of m.run.items()) {
      out.push({
        metric: m.metric.id,
        period: m.periods.periods[item.period]!.label,
        id: item.id,
        clocks: item.clocks.map((c) => ({
          name: c.name,
          from: instant(c.from, zone),
          to: instant(c.to, zone),
          limit: c.limit,
          due: instant(c.due, zone),
          elapsedSeconds: Number.isNaN(c.elapsed) ? null : c.elapsed / 1000,
          status: c.status,
        })),
      });
    }
  }
  return out;
}
