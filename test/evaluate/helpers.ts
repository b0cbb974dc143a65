import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Agreement } from '../../src/core/model';
import { planEvaluation, type EvaluateOptions, type Evaluation, type EvaluationPlan } from '../../src/evaluate';
import { RowError } from '../../src/rows';

import { REFERENCE } from '../helpers/reference';

/** The reference agreements with the options of expected/README.md. */
export const REFERENCE_CASES = [
  { name: 'managed-hosting', options: { from: '2026-09', to: '2026-11', asOf: Date.parse('2026-12-05T00:00:00Z') } },
  { name: 'marketing-sales', options: { asOf: Date.parse('2027-01-10T00:00:00Z') } },
  { name: 'saas-platform', options: { period: '2026-Q1', asOf: Date.parse('2026-04-15T00:00:00Z') } },
];

/** Splits CSV text into rows: enough for test data (quotes handled, no embedded newlines). */
export function splitCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line === '') continue;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        cells.push(cell);
        cell = '';
      } else cell += c;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

export function loadAgreement(path: string): Agreement {
  return parse(readFileSync(path, 'utf8')) as Agreement;
}

/** CSV texts by source name, or by the source's file (relative to `dir`). */
export type DataTexts = Record<string, string>;

/** Every planned source's rows, as the fields its sink takes (texts given by source name, else read from dir). */
export function sourceRows(plan: EvaluationPlan, data: DataTexts = {}, dir = REFERENCE): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const source of plan.sources) {
    const text = data[source.name] ?? readFileSync(join(dir, source.file!), 'utf8');
    const [header, ...rows] = splitCsv(text);
    const picks = source.columns.map((c) => {
      const i = header!.indexOf(c);
      if (i < 0) throw new Error(`${source.name}: no column ${c}`);
      return i;
    });
    out.set(
      source.name,
      rows.map((row) => picks.map((i) => row[i] ?? '')),
    );
  }
  return out;
}

/** Feeds rows to a source's sink; a RowError becomes an Error naming the source, row and column. */
export function feed(plan: EvaluationPlan, name: string, rows: readonly string[][]): void {
  const sink = plan.sink(name);
  const columns = plan.sources.find((s) => s.name === name)!.columns;
  rows.forEach((row, n) => {
    try {
      sink.row(row);
    } catch (e) {
      if (e instanceof RowError) throw new Error(`${name}:${n + 2}: ${columns[e.field]}: ${e.reason}`);
      throw e;
    }
  });
}

/** Plans, feeds every source's rows (text given or read from dir), and finishes. */
export function evaluate(agreement: Agreement, options: Omit<EvaluateOptions, 'file'> & { file?: string }, data: DataTexts = {}, dir = REFERENCE): Evaluation {
  const plan = planEvaluation(agreement, { file: 'agreement.sla.yaml', ...options });
  for (const [name, rows] of sourceRows(plan, data, dir)) feed(plan, name, rows);
  return plan.finish();
}

/** Mismatches as compare.py reports them: value within 1e-6, the rest exactly, no extras. */
export function compareWithExpected(expected: Evaluation, actual: Evaluation): string[] {
  const out: string[] = [];
  const sameValue = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6);
  const key = (r: { metric?: string; service?: string; period: string }) => `${r.metric ?? r.service}/${r.period}`;
  const got = new Map(actual.results.map((r) => [key(r), r]));
  for (const e of expected.results) {
    const a = got.get(key(e));
    got.delete(key(e));
    if (!a) out.push(`MISSING result ${key(e)}`);
    else {
      if (!sameValue(e.value, a.value)) out.push(`${key(e)} value: expected ${e.value}, got ${a.value}`);
      for (const f of ['status', 'credit', 'earnBack'] as const) {
        if ((e[f] ?? null) !== (a[f] ?? null)) out.push(`${key(e)} ${f}: expected ${e[f]}, got ${a[f]}`);
      }
    }
  }
  for (const k of got.keys()) out.push(`EXTRA result ${k}`);
  const credits = new Map(actual.credits.map((c) => [key(c), c]));
  for (const e of expected.credits) {
    const a = credits.get(key(e));
    credits.delete(key(e));
    if (!a) out.push(`MISSING credit ${key(e)}`);
    else if (a.percent !== e.percent || a.amount !== e.amount) out.push(`credit ${key(e)}: expected ${e.percent}%/${e.amount}, got ${a.percent}%/${a.amount}`);
  }
  for (const k of credits.keys()) out.push(`EXTRA credit ${k}`);
  return out;
}

/** A small agreement in UTC (term 2026), with the given data sources and metrics. */
export function agreementWith(parts: { data: Record<string, unknown>; metrics: unknown[] } & Record<string, unknown>): Agreement {
  return {
    sla: 1,
    id: 'T-1',
    title: 'Test',
    term: { start: '2026-01-01', end: '2026-12-31' },
    timezone: 'Etc/UTC',
    currency: 'EUR',
    parties: [
      { id: 'p', role: 'provider', name: 'P' },
      { id: 'c', role: 'customer', name: 'C' },
    ],
    services: [{ id: 'svc', name: 'Svc', fee: { amount: 1000, per: 'month' } }],
    ...parts,
  } as unknown as Agreement;
}

export const utc = (text: string): number => Date.parse(text);
