import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ROOT, runSla } from '../helpers/run-sla';
import { createTable, warehouseTables } from '../helpers/warehouse';
import { ENGINE_CASES } from './cases';

// A data source may be a Parquet file (with DuckDB, the optional dependency,
// installed): `sla evaluate` runs the metric's query of `sla export sql` in
// DuckDB over it and gives the evaluation of the same rows as CSV.

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-parquet-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Each (non-charges) data source of the case as a Parquet file; the --data flags that read them. */
async function asParquet(dir: string, file: string, work: string): Promise<string[]> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const flags: string[] = [];
  for (const t of warehouseTables(path.join(dir, file))) {
    const csv = path.join(work, `${t.source}.csv`);
    const parquet = path.join(work, `${t.source}.parquet`);
    fs.writeFileSync(csv, t.csv);
    await con.run(createTable(t, 'duckdb'));
    await con.run(`COPY "${t.source}" FROM '${csv}' (HEADER)`);
    await con.run(`COPY "${t.source}" TO '${parquet}' (FORMAT parquet)`);
    flags.push('--data', `${t.source}=${parquet}`);
  }
  con.closeSync();
  return flags;
}

describe.each(ENGINE_CASES)('Parquet data sources: $name', ({ name, dir, file, flags }) => {
  it('sla evaluate reads them through DuckDB and gives the evaluation of the CSV files', async () => {
    const work = fs.mkdtempSync(path.join(tmp, `${name}-`));
    const data = await asParquet(dir, file, work);
    const rows = runSla(['evaluate', file, ...flags, '--format', 'json'], { cwd: dir });
    const parquet = runSla(['evaluate', file, ...flags, ...data, '--format', 'json'], { cwd: dir });
    expect(parquet.stderr).toBe('');
    expect(parquet.code).toBe(rows.code);
    expect(JSON.parse(parquet.stdout)).toEqual(JSON.parse(rows.stdout));
  });
});

describe('Parquet data sources: named in the agreement', () => {
  it('a `file` ending in .parquet lints clean (no header line to check) and evaluates as its CSV', async () => {
    const src = path.join(ROOT, 'examples/shipping-api');
    const dir = fs.mkdtempSync(path.join(tmp, 'named-'));
    fs.cpSync(src, dir, { recursive: true });
    const file = path.join(dir, 'shipping-api.sla.yaml');
    const flags = ['--from', '2026-08', '--to', '2026-10', '--as-of', '2026-11-05T00:00:00Z'];
    const data = await asParquet(src, 'shipping-api.sla.yaml', fs.mkdtempSync(path.join(tmp, 'named-data-')));
    const parquet = data[data.indexOf('--data') + 1]!.replace(/^api-log=/, '');
    fs.copyFileSync(parquet, path.join(dir, 'data/api-requests.parquet'));
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('file: data/api-requests.csv', 'file: data/api-requests.parquet'));
    const lint = runSla(['lint', file]);
    expect([lint.code, lint.stdout, lint.stderr]).toEqual([0, '', '']);
    const rows = runSla(['evaluate', 'shipping-api.sla.yaml', ...flags, '--format', 'json'], { cwd: src });
    const named = runSla(['evaluate', 'shipping-api.sla.yaml', ...flags, '--format', 'json'], { cwd: dir });
    expect(named.stderr).toBe('');
    expect(JSON.parse(named.stdout)).toEqual(JSON.parse(rows.stdout));
  });
});

describe('Parquet data sources: what is refused', () => {
  const dir = path.join(ROOT, 'examples/shipping-api');
  const flags = ['--from', '2026-08', '--to', '2026-10', '--as-of', '2026-11-05T00:00:00Z'];

  it('a time column that is text, not a TIMESTAMP, is named with its type', async () => {
    const work = fs.mkdtempSync(path.join(tmp, 'text-time-'));
    const db = await DuckDBInstance.create(':memory:');
    const con = await db.connect();
    const parquet = path.join(work, 'api.parquet');
    await con.run(`COPY (SELECT * FROM read_csv('${path.join(dir, 'data/api-requests.csv')}', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`);
    con.closeSync();
    const r = runSla(['evaluate', 'shipping-api.sla.yaml', ...flags, '--data', `api-log=${parquet}`], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('sla: data source \'api-log\': column "received_at" of api.parquet is VARCHAR; a Parquet time column must be a TIMESTAMP\n');
  });

  it('without @duckdb/node-api installed, a Parquet source says how to install it', () => {
    const copy = fs.mkdtempSync(path.join(tmp, 'no-duckdb-'));
    for (const sub of ['bin', 'dist']) fs.cpSync(path.join(ROOT, sub), path.join(copy, sub), { recursive: true });
    fs.writeFileSync(path.join(copy, 'package.json'), fs.readFileSync(path.join(ROOT, 'package.json')));
    const r = runSla(['evaluate', 'shipping-api.sla.yaml', ...flags, '--data', 'api-log=requests.parquet'], { cwd: dir, bin: path.join(copy, 'bin/sla.js') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Parquet data sources are read through DuckDB, the optional dependency @duckdb/node-api, which is not installed: npm install @duckdb/node-api');
  });
});
