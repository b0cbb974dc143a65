import type { EvaluateFormatter } from './types';

const COLUMNS = ['metric', 'period', 'start', 'end', 'partial', 'value', 'unit', 'target', 'status', 'credit', 'earn_back', 'resource', 'credit_amount'] as const;

function cell(v: string | number | boolean | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One RFC 4180 row per metric and period, values unrounded, CRLF line ends. */
export const csv: EvaluateFormatter = (evaluation) => {
  const lines = [COLUMNS.join(',')];
  for (const r of evaluation.results) {
    lines.push(
      [r.metric, r.period, r.start, r.end, r.partial, r.value, r.unit, r.target, r.status, r.credit, r.earnBack, r.resource ?? null, r.creditAmount ?? null].map(cell).join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
};
