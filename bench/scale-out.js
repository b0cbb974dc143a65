#!/usr/bin/env node
'use strict';
// The evaluation pushed into DuckDB (docs/scale-out.md) against `sla evaluate` on the CSV, in one run.
//   node bench/scale-out.js [--rows 10000000] [--big 100000000] [--repeat 3]
// With bench/evaluate.sla.yaml (a ratio and a 95th percentile over requests), interleaved rounds of:
//   csv        `sla evaluate` of the CSV file (worker threads as by default)
//   pushdown   `sla export sql --dialect duckdb`, the query run in DuckDB over the rows loaded in a
//              DuckDB database file (the warehouse case: loading is not timed, it happens once),
//              then `sla evaluate --aggregates` of its result
//   parquet    `sla evaluate --data requests=FILE.parquet`: the same query, in process, over Parquet
// then, once, the generated query over --big rows of Parquet (made by DuckDB, cached), with rows/s.
// The evaluations must agree entry for entry (checked); prints medians and ratios to csv.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { benchEnv } = require('./lib');
const { generate } = require('./gen-requests');

const root = path.join(__dirname, '..');
const out = path.join(__dirname, 'out');
const bin = path.join(root, 'bin/sla.js');
const agreement = path.join(__dirname, 'evaluate.sla.yaml');
const AS_OF = '2026-04-15T00:00:00Z';

const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const rows = Number(arg('--rows', '10000000'));
const big = Number(arg('--big', '100000000'));
const repeat = Number(arg('--repeat', '3'));

/** Runs a Node script with @duckdb/node-api: `sql` on database `db` (':memory:' or a file). */
function duckdb(db, sql) {
  const script = `const { DuckDBInstance } = require(${JSON.stringify(require.resolve('@duckdb/node-api'))});
    (async () => { const d = await DuckDBInstance.create(${JSON.stringify(db)}); const c = await d.connect();
      await c.run(require('fs').readFileSync(0, 'utf8')); c.closeSync(); })().catch((e) => { console.error(e.message); process.exit(2); });`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', script], { input: sql, env: benchEnv(), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`duckdb: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

function sla(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, env: benchEnv(), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`sla ${args.join(' ')}: ${r.stderr}`);
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, stdout: r.stdout };
}

const COLUMNS = "{'timestamp': 'TIMESTAMPTZ', 'service': 'VARCHAR', 'route': 'VARCHAR', 'method': 'VARCHAR', 'status': 'INTEGER', 'latency_ms': 'INTEGER'}";
fs.mkdirSync(out, { recursive: true });
const csv = path.join(out, `requests-${rows}.csv`);
if (!fs.existsSync(csv)) {
  process.stderr.write(`generating ${csv} ...\n`);
  generate(rows, csv);
}
const db = path.join(out, `requests-${rows}.duckdb`);
const parquet = path.join(out, `requests-${rows}.parquet`);
let loadSeconds = NaN;
if (!fs.existsSync(db) || !fs.existsSync(parquet)) {
  fs.rmSync(db, { force: true });
  process.stderr.write(`loading ${csv} into ${db} and ${parquet} ...\n`);
  loadSeconds = duckdb(db, `CREATE TABLE requests AS SELECT * FROM read_csv('${csv}', header = true, columns = ${COLUMNS});
    COPY requests TO '${parquet}' (FORMAT parquet);`);
}

const sqlFile = path.join(out, 'scale-out.sql');
const result = path.join(out, 'scale-out-result.csv');
const rounds = [];
for (let i = 0; i < repeat; i++) {
  const rowsRun = sla(['evaluate', agreement, '--data', `requests=${csv}`, '--format', 'json', '--as-of', AS_OF]);
  const exp = sla(['export', 'sql', agreement, '--dialect', 'duckdb', '--as-of', AS_OF]);
  fs.writeFileSync(sqlFile, exp.stdout);
  const query = duckdb(db, `COPY (${exp.stdout.replace(/;\s*$/, '')}) TO '${result}' (HEADER)`);
  const fed = sla(['evaluate', agreement, '--aggregates', result, '--format', 'json']);
  const pq = sla(['evaluate', agreement, '--data', `requests=${parquet}`, '--format', 'json', '--as-of', AS_OF]);
  for (const other of [fed, pq]) {
    if (JSON.stringify(JSON.parse(other.stdout)) !== JSON.stringify(JSON.parse(rowsRun.stdout))) throw new Error('the evaluations differ');
  }
  rounds.push({ csv: rowsRun.seconds, export: exp.seconds, query, fed: fed.seconds, pushdown: exp.seconds + query + fed.seconds, parquet: pq.seconds });
}
const med = (key) => {
  const xs = rounds.map((r) => r[key]).sort((a, b) => a - b);
  return xs[(xs.length - 1) >> 1];
};
const perSecond = (n, s) => `${(n / s / 1e6).toFixed(1)} M rows/s`;
const mb = fs.statSync(csv).size / 1048576;
console.log(`${rows.toLocaleString('en')} rows (${mb.toFixed(0)} MB of CSV), median of ${repeat} rounds on ${require('os').availableParallelism()} cores, node ${process.version}; evaluations equal entry for entry`);
console.log('| path | median s | rows/s | × sla evaluate of the CSV |');
console.log('|---|---:|---:|---:|');
const line = (name, s, part = false) => console.log(`| ${name} | ${s.toFixed(2)} | ${part ? '' : perSecond(rows, s)} | ${(s / med('csv')).toFixed(2)} |`);
line('sla evaluate, CSV', med('csv'));
line('export sql + DuckDB query + evaluate --aggregates', med('pushdown'));
line('  of which the DuckDB query (a process of its own)', med('query'), true);
line('  of which export sql and evaluate --aggregates', med('export') + med('fed'), true);
line('sla evaluate, Parquet (DuckDB in process)', med('parquet'));
if (!Number.isNaN(loadSeconds)) console.log(`(loading the CSV into DuckDB and writing Parquet, once: ${loadSeconds.toFixed(1)} s)`);

if (big > 0) {
  const bigParquet = path.join(out, `requests-${big}.parquet`);
  if (!fs.existsSync(bigParquet)) {
    process.stderr.write(`generating ${bigParquet} with DuckDB ...\n`);
    // the same mix as gen-requests.js, drawn from hashes of the row number: deterministic
    duckdb(':memory:', `COPY (
      SELECT to_timestamp(1767225600 + i * ${(7776000 / big).toFixed(9)}) AS "timestamp",
        CASE WHEN hash(i, 1) % 100 < 85 THEN 'shop-hosting' WHEN hash(i, 1) % 100 < 95 THEN 'mail-relay' ELSE 'cdn' END AS service,
        CASE WHEN hash(i, 2) % 100 < 30 THEN '/' WHEN hash(i, 2) % 100 < 42 THEN '/checkout' WHEN hash(i, 2) % 100 < 56 THEN '/api/cart'
             WHEN hash(i, 2) % 100 < 74 THEN '/search' WHEN hash(i, 2) % 100 < 90 THEN '/product/4711' ELSE '/account' END AS route,
        'GET' AS method,
        CASE WHEN hash(i, 3) % 1000 < 4 THEN 502 WHEN hash(i, 3) % 1000 < 6 THEN 500 WHEN hash(i, 3) % 1000 < 30 THEN 404 ELSE 200 END AS status,
        CAST(exp(5 + 0.6 * (hash(i, 4) % 10000 / 10000.0 * 4 - 2)) AS INTEGER) AS latency_ms
      FROM range(${big}) t(i)) TO '${bigParquet}' (FORMAT parquet)`);
  }
  const exp = sla(['export', 'sql', agreement, '--dialect', 'duckdb', '--as-of', AS_OF, '--table', `requests=read_parquet('${bigParquet}')`]);
  const seconds = duckdb(':memory:', `COPY (${exp.stdout.replace(/;\s*$/, '')}) TO '${path.join(out, 'scale-out-big.csv')}' (HEADER)`);
  const gb = fs.statSync(bigParquet).size / 2 ** 30;
  console.log(`\nthe generated query over ${big.toLocaleString('en')} rows of Parquet (${gb.toFixed(2)} GB) in DuckDB: ${seconds.toFixed(1)} s, ${perSecond(big, seconds)}`);
}
