import Table from 'cli-table3';
import type { ClockStatus, ItemEntry } from '../../evaluate/result';

type Paint = (s: string) => string;

const PLAIN = { head: [] as string[], border: [] as string[], compact: true };

/** An instant as people read it: local date and time in the agreement's zone (seconds only when there are some). */
export function localTime(instant: string | null): string {
  if (instant === null) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?/.exec(instant);
  if (!m) return instant;
  return `${m[1]} ${m[2]}${m[3] && m[3] !== ':00' ? m[3] : ''}`;
}

/**
 * --items: a row per clock of each item, with its limit, due instant, when it
 * stopped and what became of it. The clock column only when some metric has
 * named clocks.
 */
export function itemsTable(items: readonly ItemEntry[], paint: Record<ClockStatus, Paint> & { bold: Paint }): string {
  const named = items.some((item) => item.clocks.some((c) => c.name !== null));
  const head = ['Metric', 'Period', 'Item', ...(named ? ['Clock'] : []), 'Started', 'Limit', 'Due', 'Done', 'Status'];
  const table = new Table({ head: head.map((h) => paint.bold(h)), style: PLAIN });
  for (const item of items) {
    for (const c of item.clocks) {
      const done = c.to === null ? 'open' : localTime(c.to);
      table.push([item.metric, item.period, item.id ?? '—', ...(named ? [c.name ?? '—'] : []), localTime(c.from), c.limit, localTime(c.due), done, paint[c.status](c.status)]);
    }
  }
  return table.toString();
}
