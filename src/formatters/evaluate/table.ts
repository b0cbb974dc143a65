import chalk from 'chalk';
import type { Status } from '../../evaluate/result';
import { itemsTable } from './items-table';
import { countsLine, displayCredit, displayMoney, displayPercent, displayValue, periodLabel, STATUS_LABEL } from './display';
import { textTable, type TextCell } from './text-table';
import type { EvaluateFormatter } from './types';

type Paint = (s: string) => string;

function palette(color: boolean): Record<Status, Paint> & { dim: Paint; bold: Paint } {
  const c = new chalk.Instance({ level: color ? 1 : 0 });
  return { met: c.green, 'at-risk': c.yellow, breached: c.red, excused: c.cyan, 'no-data': c.gray, dim: c.dim, bold: c.bold };
}

/** For people at a terminal: a row per metric and period, the credits, and a summary line. */
export const table: EvaluateFormatter = (evaluation, options) => {
  const paint = palette(options.color);
  const { locale } = options;
  const results: TextCell[][] = [];
  for (const r of evaluation.results) {
    results.push([
      r.metric,
      periodLabel(r),
      { content: displayValue(r, locale), hAlign: 'right' },
      r.target,
      paint[r.status](STATUS_LABEL[r.status]),
      r.earnBack === 'waived' ? paint.dim(displayCredit(r, locale)) : displayCredit(r, locale),
    ]);
  }
  const out = [
    paint.bold(`${evaluation.agreement.title} (${evaluation.agreement.id})`),
    paint.dim(`${evaluation.range.start} – ${evaluation.range.end}, as of ${evaluation.asOf}`),
    textTable(['Metric', 'Period', 'Value', 'Target', 'Status', 'Credit'].map((h) => paint.bold(h)), results),
  ];
  if (evaluation.credits.length > 0) {
    const claims = evaluation.credits.some((c) => c.claimBy !== null);
    const head = ['Service', 'Period', 'Credit', 'Amount', ...(claims ? ['Claim by'] : [])];
    const credits: TextCell[][] = [];
    for (const c of evaluation.credits) {
      const amount = c.amount === null ? '—' : displayMoney(c.amount, c.currency, locale);
      credits.push([
        c.resource === undefined ? c.service : `${c.service} · ${c.resource}`,
        c.period,
        { content: c.percent === null ? '—' : displayPercent(c.percent, locale), hAlign: 'right' },
        { content: c.belowMinimum ? `${amount} (below minimum)` : amount, hAlign: 'right' },
        ...(claims ? [c.claimBy ?? '—'] : []),
      ]);
    }
    out.push(textTable(head.map((h) => paint.bold(h)), credits));
  }
  if (evaluation.items && evaluation.items.length > 0) {
    out.push(itemsTable(evaluation.items, { achieved: paint.met, late: paint.breached, pending: paint['at-risk'], bold: paint.bold }));
  }
  const priced = evaluation.credits.some((c) => c.amount !== null);
  const owed =
    evaluation.credits.length === 0
      ? 'no credits owed'
      : priced
        ? `credits owed ${displayMoney(evaluation.totals.amount, evaluation.agreement.currency, locale)}`
        : 'credits owed (percent of fee; no fee set)';
  let summary = `${countsLine(evaluation.totals)} — ${owed}`;
  if (evaluation.totals.breached > 0) summary = paint.breached(summary);
  out.push(summary);
  for (const s of evaluation.skipped) out.push(paint['at-risk'](`${s.count} invalid row${s.count === 1 ? '' : 's'} skipped in ${s.file}`));
  return `${out.join('\n')}\n`;
};
