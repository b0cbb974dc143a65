import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { dec, toText } from '../../src/core/decimal';
import type { Agreement, DataSource, Metric } from '../../src/core/model';
import { createTimestampParser, getZone } from '../../src/time';

/**
 * An agreement's data as a warehouse holds it: one table per data source
 * (charges stay files, which `sla` reads itself), time columns as
 * instants (TIMESTAMPTZ), the numbers a metric sums or ranks as exact
 * DECIMALs, every other column as text. The CSV files are turned into such
 * tables' CSV (instants in UTC), ready for COPY.
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
    const rows = csvRows(fs.readFileSync(path.resolve(path.dirname(agreementFile), files[name] ?? def.file), 'utf8').replace(/^\uFEFF/, ''));
    const header = rows.shift()!;
    const kinds = typed.get(name) ?? new Map<string, Kind>();
    const parseTime = createTimestampParser(getZone(def.timezone ?? a.timezone), def.dst === 'earlier' || def.dst === 'later' ? def.dst : 'reject');
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

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** CREATE TABLE for DuckDB or PostgreSQL. */
export function createTable(t: WarehouseTable, engine: 'duckdb' | 'postgres'): string {
  const type = (c: WarehouseTable['columns'][number]) =>
    c.type === 'timestamp' ? 'TIMESTAMPTZ' : c.type === 'decimal' ? `${engine === 'duckdb' ? 'DECIMAL' : 'NUMERIC'}(38, ${c.scale})` : engine === 'duckdb' ? 'VARCHAR' : 'TEXT';
  return `CREATE TABLE ${quote(t.source)} (${t.columns.map((c) => `${quote(c.name)} ${type(c)}`).join(', ')})`;
}
