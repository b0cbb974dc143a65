import type { ClockStatus, ItemEntry } from '../../evaluate/result';

type Paint = (s: string) => string;

/** An instant as people read it: local date and time in the agreement's zone (seconds only when there are some). */
export function localTime(instant: string | null): string {
  if (instant === null) return '—';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?/.exec(instant);
  if (!m) return instant;
  return `${m[1]} ${m[2]}${m[3] && m[3] !== ':00' ? m[3] : ''}`;
}

const line = (widths: number[], [left, mid, right]: string) => `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;

/**
 * --items: a row per clock of each item, with its limit, due instant, when it
 * stopped and what became of it; the clock column only when some metric names
 * its clocks. Drawn here in the style of the results table: cli-table3 takes
 * seconds for a few thousand rows (1.4 s for 4,000), and a month of tickets
 * has more; this is linear.
 */
export function itemsTable(items: readonly ItemEntry[], paint: Record<ClockStatus, Paint> & { bold: Paint }): string {
  const named = items.some((item) => item.clocks.some((c) => c.name !== null));
  const head = ['Metric', 'Period', 'Item', ...(named ? ['Clock'] : []), 'Started', 'Limit', 'Due', 'Done', 'Status'];
  const rows: string[][] = [];
  const statuses: ClockStatus[] = [];
  for (const item of items) {
    for (const c of item.clocks) {
      const done = c.to === null ? 'open' : localTime(c.to);
      rows.push([item.metric, item.period, item.id ?? '—', ...(named ? [c.name ?? '—'] : []), localTime(c.from), c.limit, localTime(c.due), done, c.status]);
      statuses.push(c.status);
    }
  }
  const widths = head.map((h, k) => rows.reduce((w, r) => Math.max(w, r[k]!.length), h.length));
  const last = head.length - 1;
  const row = (cells: string[], paintCell: (text: string, k: number) => string) =>
    `│${cells.map((text, k) => ` ${paintCell(text, k)}${' '.repeat(widths[k]! - text.length)} `).join('│')}│`;
  const out = [line(widths, '┌┬┐'), row(head, (text) => paint.bold(text)), line(widths, '├┼┤')];
  rows.forEach((r, i) => out.push(row(r, (text, k) => (k === last ? paint[statuses[i]!](text) : text))));
  out.push(line(widths, '└┴┘'));
  return out.join('\n');
}
