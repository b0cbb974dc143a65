import { UsageError } from '../../core/errors';
import type { Agreement, Metric } from '../../core/model';
import { selectMetrics } from '../../core/select-metrics';
import { parsePeriodLabel, termRange, type Zone } from '../../time';

const dateText = (v: unknown): string => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));

/**
 * The range an export covers: the term (its end inclusive), narrowed by
 * --from and --to (the named periods included), as `sla evaluate` narrows
 * it; the digest of the aggregates makes sure both agree.
 */
export function exportRange(term: Agreement['term'], options: { from?: string; to?: string }, zone: Zone): { start: number; end: number } {
  const whole = termRange(dateText(term.start), dateText(term.end), zone);
  const label = (flag: string, text: string) => {
    const p = parsePeriodLabel(text, zone);
    if (!p) throw new UsageError(`${flag} '${text}' is not a period label such as 2026-09, 2026-W36, 2026-Q3, 2026 or 2026-09-01`);
    return p;
  };
  const start = options.from === undefined ? whole.start : Math.max(whole.start, label('--from', options.from).start);
  const end = options.to === undefined ? whole.end : Math.min(whole.end, label('--to', options.to).end);
  if (start >= end) throw new UsageError(`--from ${options.from ?? '(term start)'} --to ${options.to ?? '(term end)'} selects no time within the agreement's term`);
  return { start, end };
}

/** The metrics --metric names (all by default), and the customer metrics that excuse them, in the agreement's order. */
export function exportSelection(agreement: Agreement, ids: readonly string[] | undefined): Metric[] {
  return selectMetrics(agreement.metrics, ids).evaluated;
}
