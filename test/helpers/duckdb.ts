import * as fs from 'fs';
import * as path from 'path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createTable, warehouseTables } from './warehouse';

/** An in-memory DuckDB holding an agreement's data as a warehouse would (helpers/warehouse.ts); `files` overrides sources' files. */
export async function duckdbWarehouse(agreementFile: string, work: string, files: Record<string, string> = {}): Promise<DuckDBConnection> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  for (const t of warehouseTables(agreementFile, files)) {
    const csv = path.join(work, `${t.source}.table.csv`);
    fs.writeFileSync(csv, t.csv);
    await con.run(createTable(t, 'duckdb'));
    await con.run(`COPY "${t.source}" FROM '${csv}' (HEADER)`);
  }
  return con;
}

/** Runs the query `sla export sql` wrote and saves its result as CSV, newline-delimited JSON or a JSON array. */
export async function saveResult(con: DuckDBConnection, sql: string, out: string, format: 'csv' | 'ndjson' | 'json' = 'csv'): Promise<string> {
  const how = format === 'csv' ? '(HEADER)' : format === 'ndjson' ? '(FORMAT json)' : '(FORMAT json, ARRAY true)';
  await con.run(`COPY (${sql.replace(/;\s*$/, '')}) TO '${out}' ${how}`);
  return out;
}
