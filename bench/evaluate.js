#!/usr/bin/env node
'use strict';
// Benchmarks `sla evaluate` against the cheapest possible read of the same file.
//   node bench/evaluate.js [--rows 10000000] [--repeat 5] [--threads N]
// Generates bench/out/requests-<rows>.csv once (cached), then times in one run,
// --repeat rounds interleaved (so load from elsewhere hits all alike):
//   baseline  read the file in 1 MB chunks and count newlines (indexOf(10))
//   evaluate  `sla evaluate bench/evaluate.sla.yaml --format json` (a ratio and a percentile metric),
//             on one thread (SLA_THREADS=1) and split across --threads worker threads (default: cores, up to 4)
// and prints the median of the rounds (and the fastest), MB/s, rows/s, peak RSS, and the
// ratio evaluate / baseline of the medians (goal: within 6x), with the load average.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { generate } = require('./gen-requests');

const root = path.join(__dirname, '..');
const out = path.join(__dirname, 'out');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const rows = Number(arg('--rows', '10000000'));
const repeat = Number(arg('--repeat', '5'));
const data = path.join(out, `requests-${rows}.csv`);
if (!fs.existsSync(data)) {
  process.stderr.write(`generating ${data} ...\n`);
  generate(rows, data);
}
const bytes = fs.statSync(data).size;

const BASELINE = `
const fs = require('fs');
const fd = fs.openSync(process.argv[1], 'r');
const buf = Buffer.allocUnsafe(1 << 20);
let lines = 0, n;
while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) {
  const chunk = n === buf.length ? buf : buf.subarray(0, n);
  for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
}
console.log(lines);
`;

/** The CLI if it has the evaluate command, else a bundle of src/cli/evaluate.ts made here. */
function evaluateEntry() {
  const bin = path.join(root, 'bin/sla.js');
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.js')], { cwd: root, stdio: 'inherit' });
  const help = built.status === 0 && spawnSync(process.execPath, [bin, 'evaluate', '--help'], { env: childEnv(), encoding: 'utf8' });
  if (help && help.status === 0 && help.stdout.includes('--fail-on')) return [bin, 'evaluate'];
  const bundle = path.join(out, 'evaluate-cli.js');
  require('esbuild').buildSync({
    stdin: {
      contents: `import { evaluateCommand } from './src/cli/evaluate'; import { processIO } from './src/cli/io';
        const [agreement, ...rest] = process.argv.slice(2); const data = rest.filter((_, i) => rest[i - 1] === '--data');
        if (require('worker_threads').isMainThread) evaluateCommand({ agreement, data, format: 'json', asOf: '2026-04-15T00:00:00Z' }, processIO()).then((c) => { process.exitCode = c; }, (e) => { console.error(e.message); process.exitCode = 2; });`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node20',
    outfile: bundle,
    logLevel: 'warning',
  });
  return [bundle];
}

function childEnv() {
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

const hasTime = fs.existsSync('/usr/bin/time');

/** Runs a node child; wall time and peak RSS (from /usr/bin/time -v, else the child's own report). */
function timed(args, env = {}) {
  const t0 = process.hrtime.bigint();
  const cmd = hasTime ? '/usr/bin/time' : process.execPath;
  const argv = hasTime ? ['-v', process.execPath, ...args] : args;
  const r = spawnSync(cmd, argv, { cwd: root, env: { ...childEnv(), ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  return { seconds, status: r.status, stdout: r.stdout, stderr: r.stderr, rssMB: rss ? Number(rss[1]) / 1024 : NaN };
}

const entry = evaluateEntry();
const agreement = path.join(__dirname, 'evaluate.sla.yaml');
const evalArgs = [...entry, agreement, '--data', `requests=${data}`, '--format', 'json', '--as-of', '2026-04-15T00:00:00Z'];
const threads = Number(arg('--threads', String(Math.min(4, require('os').availableParallelism()))));
const results = [];
const loadBefore = require('os').loadavg()[0];
for (let i = 0; i < repeat; i++) {
  const base = timed(['-e', BASELINE, data]);
  const single = timed(evalArgs, { SLA_THREADS: '1' });
  const evaluation = threads > 1 ? timed(evalArgs, { SLA_THREADS: String(threads) }) : single;
  for (const r of [single, evaluation]) {
    if (r.status !== 0 && r.status !== 1) {
      process.stderr.write(r.stderr);
      process.exit(2);
    }
  }
  results.push({ base, single, evaluation });
}
const loadAfter = require('os').loadavg()[0];
/** The median round of one command (the lower middle for an even count), and the fastest. */
function summary(key) {
  const runs = results.map((r) => r[key]).sort((a, b) => a.seconds - b.seconds);
  return { ...runs[(runs.length - 1) >> 1], fastest: runs[0].seconds, peakMB: Math.max(...runs.map((r) => r.rssMB)) };
}
const base = summary('base');
const single = summary('single');
const evaluation = summary('evaluation');
const evaluated = JSON.parse(evaluation.stdout);
const mb = bytes / 1048576;
const line = (name, r) =>
  `${name.padEnd(9)} ${r.seconds.toFixed(2).padStart(7)} s ${(mb / r.seconds).toFixed(0).padStart(6)} MB/s ${(rows / r.seconds / 1e6).toFixed(2).padStart(6)} M rows/s  peak RSS ${r.peakMB.toFixed(0)} MB  (fastest ${r.fastest.toFixed(2)} s)`;
console.log(`${path.relative(root, data)}: ${rows.toLocaleString('en')} rows, ${mb.toFixed(0)} MB (node ${process.version}); median of ${repeat} rounds; load average ${loadBefore.toFixed(2)} -> ${loadAfter.toFixed(2)} on ${require('os').availableParallelism()} cores`);
console.log(line('baseline', base));
console.log(line('1 thread', single));
if (threads > 1) console.log(line(`${threads} threads`, evaluation));
console.log(`ratio     ${(single.seconds / base.seconds).toFixed(2)}x the baseline on 1 thread` +
  (threads > 1 ? `, ${(evaluation.seconds / base.seconds).toFixed(2)}x on ${threads} (goal: within 6x)` : ' (goal: within 6x)'));
console.log(`metrics   ${evaluated.results.map((r) => `${r.metric} ${r.period} ${r.status}`).join(', ')}`);
