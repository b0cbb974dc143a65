#!/usr/bin/env node
'use strict';
// The benchmark runner behind `npm run bench`.
//   npm run bench                      every benchmark, with its defaults, one after another
//   npm run bench -- startup --runs 40 one benchmark, its own flags after its name
//   npm run bench -- --list            what there is
// Each benchmark times its baseline in the same run and prints ratios
// (docs/benchmarks.md). TypeScript benchmarks run through bench/ts.js.
const { spawnSync } = require('child_process');
const path = require('path');
const { benchEnv } = require('./lib');

/** name -> [script, what it measures] */
const BENCHMARKS = {
  startup: ['startup.js', '`sla --version` and `sla lint` of one agreement against `node -e 0`'],
  render: ['render.js', '`sla render --format html` against `sla lint` of the same file'],
  'pdf-words': ['pdf-words.js', '`sla render` to PDF of one-word texts of 10,000 to 100,000 characters against short words'],
  'lint-many': ['lint-many.js', '`sla lint` of 1,000 files: files per second'],
  evaluate: ['evaluate.js', '`sla evaluate` of 10 M rows against a plain read of the file'],
  'scale-out': ['scale-out.js', '10 M rows: `export sql` + DuckDB + `--aggregates`, and Parquet, against `sla evaluate` of the CSV; the query over 100 M rows'],
  'per-resource': ['per-resource.js', '`sla evaluate` of 10,000 resources over 1 M interval rows against a plain read'],
  timestamps: ['timestamps.js', '`sla evaluate` of 10 M rows with pattern and epoch timestamps against the same rows in ISO 8601'],
  time: ['time.ts', 'business time and timestamps: tables against luxon, fast path against Date.parse'],
  'lint-phases': ['lint-phases.ts', 'where the time of `sla lint` goes per file'],
  lsp: ['lsp.ts', '`sla lsp`: didChange to publishDiagnostics against lint of the same text in process'],
};

function run(name, args) {
  const entry = BENCHMARKS[name];
  if (!entry) {
    console.error(`bench: no benchmark '${name}' (npm run bench -- --list)`);
    return 2;
  }
  const script = path.join(__dirname, entry[0]);
  const argv = script.endsWith('.ts') ? [path.join(__dirname, 'ts.js'), script, ...args] : [script, ...args];
  console.log(`\n## ${name}: ${entry[1]}\n`);
  const r = spawnSync(process.execPath, argv, { stdio: 'inherit', env: benchEnv() });
  return r.status ?? 1;
}

const [name, ...args] = process.argv.slice(2);
if (name === '--list' || name === '-h' || name === '--help') {
  for (const [n, [file, what]] of Object.entries(BENCHMARKS)) console.log(`${n.padEnd(12)} bench/${file.padEnd(16)} ${what}`);
  process.exit(0);
}
if (name) process.exit(run(name, args));
let worst = 0;
for (const n of Object.keys(BENCHMARKS)) worst = Math.max(worst, run(n, []));
process.exit(worst);
