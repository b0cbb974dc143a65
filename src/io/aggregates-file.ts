import * as fs from 'fs';
import * as path from 'path';
import { AGGREGATE_COLUMNS, INTEGER_COLUMNS, type AggregateColumn, type AggregateRow } from '../core/aggregates';
import { quoteInput } from '../core/control-chars';
import { InputError, UsageError } from '../core/errors';
import { describeErrno } from './errno';

/** Aggregates are periods × slices at most, never rows of data: beyond this the file is not what `sla export sql` makes. */
const MAX_BYTES = 1 << 30;

/**
 * Reads the result of the query `sla export sql` writes, saved as CSV (with a
 * header row) or JSON (an array of objects, or one object per line), as
 * engines and their clients save results. Column names are matched without
 * regard to case (Snowflake upper-cases them); whole numbers may be numbers
 * or text (BigQuery writes INT64 as text in JSON).
 */
export function readAggregatesFile(file: string, cwd: string): AggregateRow[] {
  const full = path.resolve(cwd, file);
  let text: string;
  try {
    if (fs.statSync(full).size > MAX_BYTES) throw new UsageError(`${file}: more than 1 GB of aggregates: is it the result of \`sla export sql\`?`);
    text = fs.readFileSync(full, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`--aggregates ${file}: ${describeErrno(e as NodeJS.ErrnoException)}`);
  }
  return parseAggregates(text, file);
}

/** The rows of a CSV or JSON text (JSON when it starts with [ or {). */
export function parseAggregates(text: string, file: string): AggregateRow[] {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.trimStart()[0];
  const objects = first === '[' || first === '{' ? jsonObjects(body, file) : csvObjects(body, file);
  return rowsFromObjects(objects, file);
}

/** Aggregate rows from objects of columns (a JSON document, a query's result). */
export function rowsFromObjects(objects: readonly Record<string, unknown>[], file: string): AggregateRow[] {
  return objects.map((o, i) => toRow(o, file, i));
}

function jsonObjects(text: string, file: string): Record<string, unknown>[] {
  try {
    const doc = JSON.parse(text) as unknown;
    if (Array.isArray(doc)) return doc as Record<string, unknown>[];
    return [doc as Record<string, unknown>];
  } catch {
    // one object per line (newline-delimited JSON)
    return text
      .split('\n')
      .map((line, i) => [line.trim(), i + 1] as const)
      .filter(([line]) => line !== '')
      .map(([line, n]) => {
        try {
          return JSON.parse(line) as Record<string, unknown>;
        } catch {
          throw new InputError(`${file}:${n}: not JSON (expected an array of objects, or one object per line)`);
        }
      });
  }
}

/** RFC 4180: quoted cells, doubled quotes, newlines in quotes, CRLF. An empty cell is null. */
function csvObjects(text: string, file: string): Record<string, unknown>[] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let cell = '';
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = wasQuoted = true;
    else if (c === ',' || c === '\n') {
      row.push(cell === '' && !wasQuoted ? null : cell);
      cell = '';
      wasQuoted = false;
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    } else if (c !== '\r' || text[i + 1] !== '\n') cell += c;
  }
  if (quoted) throw new InputError(`${file}: a quote is never closed`);
  if (cell !== '' || row.length > 0) rows.push([...row, cell === '' && !wasQuoted ? null : cell]);
  const header = rows.shift();
  if (!header) throw new InputError(`${file}: the file is empty (a header row is expected)`);
  return rows.filter((r) => !(r.length === 1 && r[0] === null)).map((r) => Object.fromEntries(header.map((h, k) => [h ?? '', r[k] ?? null])));
}

function toRow(o: Record<string, unknown>, file: string, i: number): AggregateRow {
  if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new InputError(`${file}: row ${i + 1} is not an object of columns`);
  const lower = new Map(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v]));
  const row = {} as Record<AggregateColumn, unknown>;
  for (const c of AGGREGATE_COLUMNS) {
    const v = lower.get(c);
    if (v === undefined || v === null || v === '') row[c] = null;
    else if (INTEGER_COLUMNS.has(c)) row[c] = integer(v, c, file, i);
    else row[c] = String(v);
  }
  if (typeof row.metric !== 'string' || typeof row.part !== 'string') throw new InputError(`${file}: row ${i + 1} names no metric and part: is it the result of \`sla export sql\`?`);
  return row as unknown as AggregateRow;
}

function integer(v: unknown, c: string, file: string, i: number): number {
  const n = typeof v === 'number' ? v : /^-?\d+(\.0*)?$/.test(String(v)) ? Number(String(v)) : NaN;
  if (!Number.isSafeInteger(n)) throw new InputError(`${file}: row ${i + 1}: ${c} is not a whole number: ${quoteInput(String(v))}`);
  return n;
}
