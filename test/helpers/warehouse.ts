import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { parse } from 'yaml';
import { dec, toText } from '../../src/core/decimal';
import type { Agreement, DataSource, Metric } from '../../src/core/model';
import { formatSpec } from '../../src/core/source-formats';
import { timeReaders } from '../../src/evaluate/time-form';
import { getZone } from '../../src/time';

/**
 * An agreement's data as a warehouse holds it: one table per data source
 * (charges stay files, which `sla` reads itself), time columns as
 * instants (TIMESTAMPTZ), the numbers a metric sums or ranks as exact
 * DECIMALs, every other column as text. The CSV files are turned into such
 * tables' CSV (instants in UTC, read in the source's `timestamps` form),
 * ready for COPY; a JSON source's records become rows whose columns are the
 * paths of their values (`request.status`), as a warehouse that flattens
 * them holds them (a list of values is left out: a column holds one).
 */
export interface WarehouseTable {
  source: string;
  columns: { name: string; type: 'text' | 'timestamp' | 'decimal'; scale: number }[];
  /** The table's rows as CSV with a header, instants as ISO 8601 in UTC, NULL as an empty cell. */
  csv: string;
}

type Kind = 'timestamp' | 'decimal';

/** The typed columns of each source, from what the metrics read (roles, from/to, clocks, value). */
function typedColumns(a: Agreement): Map<string, Map<string, Kind>> {
  const out = new Map<string, Map<string, Kind>>();
  const mark = (source: string, column: string | undefined, kind: Kind) => {
    if (!column) return;
    if (!out.has(source)) out.set(source, new Map());
    out.get(source)!.set(column, kind);
  };
  for (const [name, def] of Object.entries(a.data ?? {}) as [string, DataSource][]) {
    const cols = (def.columns ?? {}) as Record<string, string | undefined>;
    for (const role of ['time', 'start', 'end']) mark(name, cols[role], 'timestamp');
    if (def.kind === 'counts') for (const role of ['good', 'total']) mark(name, cols[role], 'decimal');
  }
  for (const m of a.metrics as Metric[]) {
    mark(m.data, m.from, 'timestamp');
    mark(m.data, m.to, 'timestamp');
    for (const c of m.clocks ?? []) {
      mark(m.data, c.from, 'timestamp');
      mark(m.data, c.to, 'timestamp');
    }
    if (m.value && (m.kind === 'percentile' || m.kind === 'aggregate')) mark(m.data, m.value, 'decimal');
  }
  return out;
}

/** RFC 4180 rows (quotes, doubled quotes, newlines in quotes). */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      rows.push([...row, cell.replace(/\r$/, '')]);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

const csvCell = (v: string | null): string => (v === null ? '' : /[",\r\n]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v);

/** The tables of an agreement's data sources (its files relative to its folder; `files` overrides by source name). */
export function warehouseTables(agreementFile: string, files: Record<string, string> = {}): WarehouseTable[] {
  const a = parse(fs.readFileSync(agreementFile, 'utf8')) as Agreement;
  const typed = typedColumns(a);
  const out: WarehouseTable[] = [];
  for (const [name, def] of Object.entries(a.data ?? {}) as [string, DataSource][]) {
    if (def.kind === 'charges' || !def.file) continue;
    const bytes = fs.readFileSync(path.resolve(path.dirname(agreementFile), files[name] ?? def.file));
    const text = (/\.gz$/i.test(files[name] ?? def.file) ? zlib.gunzipSync(bytes) : bytes).toString('utf8').replace(/^\uFEFF/, '');
    const rows = formatSpec(def).content === 'json' || /^\s*[[{]/.test(text) ? jsonRows(text, formatSpec(def).records ?? []) : csvRows(text);
    const header = rows.shift()!;
    const kinds = typed.get(name) ?? new Map<string, Kind>();
    const readTime = timeReaders(name, def as never, getZone(a.timezone)).text;
    const parseTime = (v: string) => readTime(v);
    const scales = header.map(() => 0);
    const cells = rows.map((r) =>
      header.map((h, k) => {
        const v = r[k] ?? '';
        if (v === '') return null;
        const kind = kinds.get(h);
        if (kind === 'timestamp') {
          const t = parseTime(v);
          return typeof t === 'number' ? new Date(t).toISOString() : null;
        }
        if (kind === 'decimal') {
          try {
            const d = dec(v);
            scales[k] = Math.max(scales[k]!, d.e);
            return toText(d);
          } catch {
            return null;
          }
        }
        return v;
      }),
    );
    out.push({
      source: name,
      columns: header.map((h, k) => ({ name: h, type: kinds.get(h) === 'timestamp' ? 'timestamp' : kinds.get(h) === 'decimal' ? 'decimal' : 'text', scale: scales[k]! })),
      csv: [header.map(csvCell).join(','), ...cells.map((r) => r.map(csvCell).join(','))].join('\n') + '\n',
    });
  }
  return out;
}

/** JSON records (a document, an array, or one per line) as rows of their scalar values by path, with a header. */
function jsonRows(text: string, recordPaths: readonly string[]): string[][] {
  const docs: unknown[] = /^\s*\[/.test(text) ? [JSON.parse(text)] : text.trim().startsWith('{') && !text.trim().includes('\n{') ? [JSON.parse(text)] : text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
  const records: Record<string, unknown>[] = [];
  for (const doc of docs) {
    if (Array.isArray(doc)) records.push(...(doc as Record<string, unknown>[]));
    else {
      const at = recordPaths.map((p) => p.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], doc)).find(Array.isArray);
      if (at) records.push(...(at as Record<string, unknown>[]));
      else records.push(doc as Record<string, unknown>);
    }
  }
  const flat = records.map((r) => {
    const out = new Map<string, string>();
    const walk = (v: unknown, key: string) => {
      if (v === null || v === undefined || Array.isArray(v)) return;
      if (typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, key === '' ? k : `${key}.${k}`);
      else out.set(key, String(v));
    };
    walk(r, '');
    return out;
  });
  const header = [...new Set(flat.flatMap((m) => [...m.keys()]))];
  return [header, ...flat.map((m) => header.map((h) => m.get(h) ?? ''))];
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** CREATE TABLE for DuckDB or PostgreSQL. */
export function createTable(t: WarehouseTable, engine: 'duckdb' | 'postgres'): string {
  const type = (c: WarehouseTable['columns'][number]) =>
    c.type === 'timestamp' ? 'TIMESTAMPTZ' : c.type === 'decimal' ? `${engine === 'duckdb' ? 'DECIMAL' : 'NUMERIC'}(38, ${c.scale})` : engine === 'duckdb' ? 'VARCHAR' : 'TEXT';
  return `CREATE TABLE ${quote(t.source)} (${t.columns.map((c) => `${quote(c.name)} ${type(c)}`).join(', ')})`;
}
