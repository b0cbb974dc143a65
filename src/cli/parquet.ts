import * as path from 'path';
import { metricSources, type AggregateRow } from '../core/aggregates';
import { quoteInput } from '../core/control-chars';
import { UsageError } from '../core/errors';
import type { Agreement, Metric } from '../core/model';
import { exportSql } from '../export/sql/export';
import { rowsFromObjects } from '../io/aggregates-file';
import { checkDataPath } from '../io/data-paths';
import { openDuckDb } from '../io/duckdb';

export interface ParquetRun {
  agreement: Agreement;
  /** --data NAME=FILE. */
  overrides: Record<string, string>;
  agreementDir: string;
  cwd: string;
  allowOutside: boolean;
  /** The metrics the evaluation reads (selected, and those that excuse them). */
  metrics: readonly string[];
  asOf: number;
  from?: string;
  to?: string;
}

const isParquet = (file: string | undefined): boolean => typeof file === 'string' && /\.parquet$/i.test(file);

/** Each data source that is a Parquet file, with its path (checked as any data file is). */
function parquetFiles(r: ParquetRun): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, def] of Object.entries(r.agreement.data ?? {})) {
    const given = r.overrides[name];
    const written = given ?? def.file;
    if (!isParquet(written)) continue;
    if (def.kind === 'charges') throw new UsageError(`data source '${name}': charges are read from CSV, not Parquet`);
    const file = given !== undefined ? path.resolve(r.cwd, given) : path.resolve(r.agreementDir, written!);
    if (given === undefined) checkDataPath(name, written!, file, { root: r.agreementDir, allowOutside: r.allowOutside });
    out.set(name, file);
  }
  return out;
}

/** Columns of a source that must hold instants: its time roles, and the clocks of the metrics that read it. */
function timeColumns(a: Agreement, source: string): string[] {
  const def = a.data?.[source];
  const cols = (def?.columns ?? {}) as Record<string, string | undefined>;
  const out = ['time', 'start', 'end'].map((role) => cols[role]).filter((c): c is string => !!c);
  for (const m of a.metrics as Metric[]) {
    if (m.data !== source) continue;
    out.push(...[m.from, m.to, ...(m.clocks ?? []).flatMap((c) => [c.from, c.to])].filter((c): c is string => !!c));
  }
  return [...new Set(out)];
}

/**
 * Metrics whose data sources are Parquet files are read through the same
 * pushdown as `sla export sql`: their query runs in DuckDB, in this process,
 * and its rows are fed to the evaluation as --aggregates would be.
 */
export async function parquetAggregates(r: ParquetRun): Promise<{ rows: AggregateRow[]; metrics: string[]; files: { path: string; what: string }[] } | null> {
  const files = parquetFiles(r);
  if (files.size === 0) return null;
  const metrics = (r.agreement.metrics as Metric[]).filter((m) => r.metrics.includes(m.id) && metricSources(m).some((s) => files.has(s)));
  if (metrics.length === 0) return null;
  for (const m of metrics) {
    const csv = metricSources(m).filter((s) => !files.has(s));
    if (csv.length > 0) throw new UsageError(`metric '${m.id}' reads Parquet and other files (${csv.map((s) => `'${s}'`).join(', ')}): DuckDB reads it when all its data sources are Parquet`);
  }
  const literal = (file: string) => `read_parquet('${file.split("'").join("''")}')`;
  const tables = Object.fromEntries([...files].map(([name, file]) => [name, literal(file)]));
  const ids = metrics.map((m) => m.id);
  const { sql } = exportSql(r.agreement, { dialect: 'duckdb', asOf: r.asOf, from: r.from, to: r.to, metrics: ids, exact: true, tables });
  const db = await openDuckDb();
  try {
    for (const [name, file] of files) {
      const types = new Map((await db.query(`DESCRIBE SELECT * FROM ${literal(file)}`)).map((c) => [String(c.column_name), String(c.column_type)]));
      for (const col of timeColumns(r.agreement, name)) {
        const type = types.get(col);
        if (type === undefined) throw new UsageError(`data source '${name}': ${path.basename(file)} has no column ${quoteInput(col)}`);
        if (!/^(TIMESTAMP|DATE)/.test(type)) throw new UsageError(`data source '${name}': column ${quoteInput(col)} of ${path.basename(file)} is ${type}; a Parquet time column must be a TIMESTAMP`);
      }
    }
    const rows = rowsFromObjects(await db.query(sql.replace(/;\s*$/, '')), 'DuckDB');
    return { rows, metrics: ids, files: [...files].map(([name, file]) => ({ path: file, what: `data source '${name}'` })) };
  } finally {
    db.close();
  }
}
