import type { ClockStatus, ItemEntry } from '../../evaluate/result';
import { textTable, type TextCell } from './text-table';

type Paint = (s: string) => string;

/** An instant as people read it: local date and time in the agreement's zone (seconds only when there are some). */
export function localTime(instant: string | null): string {
  if (instant === null) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?/.exec(instant);
  if (!m) return instant;
  return `${m[1]} ${m[2]}${m[3] && m[3] !== ':00' ? m[3] : ''}`;
}

/**
 * --items: a row per clock of each item, with its limit, due instant, when it
 * stopped and what became of it; the clock column only when some metric names
 * its clocks, drawn as the results table is (linear in rows: a month of
 * tickets has thousands).
 */
export function itemsTable(items: readonly ItemEntry[], paint: Record<ClockStatus, Paint> & { bold: Paint }): string {
  const named = items.some((item) => item.clocks.some((c) => c.name !== null));
  const head = ['Metric', 'Period', 'Item', ...(named ? ['Clock'] : []), 'Started', 'Limit', 'Due', 'Done', 'Status'];
  const rows: TextCell[][] = [];
  for (const item of items) {
    for (const c of item.clocks) {
      const done = c.to === null ? 'open' : localTime(c.to);
      rows.push([item.metric, item.period, item.id ?? '—', ...(named ? [c.name ?? '—'] : []), localTime(c.from), c.limit, localTime(c.due), done, paint[c.status](c.status)]);
    }
  }
  return textTable(head.map((h) => paint.bold(h)), rows);
}
