#!/usr/bin/env node
'use strict';
// Benchmarks `sla evaluate` of a source whose timestamps follow a pattern
// against the same rows with ISO 8601 timestamps (the fast path).
//   node bench/timestamps.js [--rows 10000000] [--repeat 3]
// Uses bench/out/requests-<rows>.csv of the evaluate benchmark (made once) and
// writes from it, once, the same rows with the timestamp in local Berlin time:
//   jira   dd/MMM/yy h:mm:ss a   (Jira's export format with seconds: names, AM/PM)
//   epoch  epoch-ms              (milliseconds since 1970, as JSON logs write them)
// then times, in interleaved rounds (each in another order), `sla evaluate --format json` of each on one
// thread (SLA_THREADS=1) and prints the medians of wall and CPU time and their
// ratios to the ISO run (goal: within 1.5x). Every run must give the ISO run's results: the bench
// fails otherwise.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { generate } = require('./gen-requests');

const root = path.join(__dirname, '..');
const out = path.join(__dirname, 'out');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const rows = Number(arg('--rows', '10000000'));
const repeat = Number(arg('--repeat', '3'));
const iso = path.join(out, `requests-${rows}.csv`);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Berlin's summer time of 2026 begins at 01:00 UTC on 29 March (the data spans January to March)
const SUMMER = Date.UTC(2026, 2, 29, 1);
const pad = (n) => (n < 10 ? `0${n}` : String(n));

function jira(ms) {
  const d = new Date(ms + (ms >= SUMMER ? 7200_000 : 3600_000));
  const h = d.getUTCHours();
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${pad(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${String(d.getUTCFullYear()).slice(2)} ${h12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

/** The ISO file's rows with the timestamp written by `write` (made once, cached). */
async function variant(name, write) {
  const file = path.join(out, `requests-${rows}-${name}.csv`);
  if (fs.existsSync(file)) return file;
  process.stderr.write(`writing ${file} ...\n`);
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  let chunk = '';
  let header = true;
  for await (const line of readline.createInterface({ input: fs.createReadStream(iso, { highWaterMark: 1 << 20 }), crlfDelay: Infinity })) {
    if (header) {
      chunk += `${line}\n`;
      header = false;
      continue;
    }
    const comma = line.indexOf(',');
    chunk += `${write(Date.parse(line.slice(0, comma)))}${line.slice(comma)}\n`;
    if (chunk.length > 1 << 20) {
      fs.writeSync(fd, chunk);
      chunk = '';
    }
  }
  fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
  return file;
}

/** bench/evaluate.sla.yaml with the data source's timestamps form set. */
function agreement(name, keys) {
  const text = fs.readFileSync(path.join(__dirname, 'evaluate.sla.yaml'), 'utf8');
  const file = path.join(out, `timestamps-${name}.sla.yaml`);
  fs.writeFileSync(file, text.replace('    file: out/requests.csv\n', `    file: out/requests.csv\n${keys}`));
  return file;
}

function childEnv() {
  const env = { ...process.env, NO_COLOR: '1', SLA_THREADS: '1' };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

const hasTime = fs.existsSync('/usr/bin/time');

/** Wall time, and CPU time (user + system, from /usr/bin/time when there is one: steadier on a loaded machine). */
function timed(args) {
  const t0 = process.hrtime.bigint();
  const cmd = hasTime ? '/usr/bin/time' : process.execPath;
  const argv = hasTime ? ['-f', 'cpu %U %S', process.execPath, ...args] : args;
  const r = spawnSync(cmd, argv, { cwd: root, env: childEnv(), encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) {
    process.stderr.write(r.stderr);
    process.exit(2);
  }
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(r.stderr);
  return { seconds, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN, results: JSON.parse(r.stdout).results };
}

async function main() {
  if (!fs.existsSync(iso)) {
    process.stderr.write(`generating ${iso} ...\n`);
    generate(rows, iso);
  }
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.js')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(2);
  const cases = [
    { name: 'iso', file: iso, agreement: agreement('iso', '') },
    { name: 'jira', file: await variant('jira', jira), agreement: agreement('jira', '    timestamps: dd/MMM/yy h:mm:ss a\n    dst: earlier\n') },
    { name: 'epoch-ms', file: await variant('epoch', String), agreement: agreement('epoch', '    timestamps: epoch-ms\n') },
  ];
  const bin = path.join(root, 'bin/sla.js');
  const times = new Map(cases.map((c) => [c.name, []]));
  const cpus = new Map(cases.map((c) => [c.name, []]));
  let expected = null;
  const loadBefore = require('os').loadavg()[0];
  for (let i = 0; i < repeat; i++) {
    // each round in another order, so that load from elsewhere falls on all alike
    for (const c of [...cases.slice(i % cases.length), ...cases.slice(0, i % cases.length)]) {
      const r = timed([bin, 'evaluate', c.agreement, '--data', `requests=${c.file}`, '--format', 'json', '--as-of', '2026-04-15T00:00:00Z']);
      const got = JSON.stringify(r.results);
      expected ??= got;
      if (got !== expected) {
        process.stderr.write(`bench: ${c.name} gave other results than iso:\n${got}\n${expected}\n`);
        process.exit(2);
      }
      times.get(c.name).push(r.seconds);
      cpus.get(c.name).push(r.cpu);
    }
  }
  const loadAfter = require('os').loadavg()[0];
  const median = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
  const base = median(times.get('iso'));
  const mb = fs.statSync(iso).size / 1048576;
  console.log(`${rows.toLocaleString('en')} rows (${mb.toFixed(0)} MB as ISO), 1 thread, median of ${repeat} rounds; load average ${loadBefore.toFixed(2)} -> ${loadAfter.toFixed(2)}`);
  const baseCpu = median(cpus.get('iso'));
  for (const c of cases) {
    const s = median(times.get(c.name));
    const cpu = median(cpus.get(c.name));
    const example = c.name === 'iso' ? '2026-01-01T00:00:07Z' : c.name === 'jira' ? jira(Date.UTC(2026, 0, 1, 0, 0, 7)) : String(Date.UTC(2026, 0, 1, 0, 0, 7));
    const cpuText = Number.isNaN(cpu) ? '' : `  cpu ${cpu.toFixed(2)} s ${(cpu / baseCpu).toFixed(2)}x`;
    console.log(`${c.name.padEnd(9)} ${s.toFixed(2).padStart(7)} s  ${(rows / s / 1e6).toFixed(2).padStart(5)} M rows/s  ${(s / base).toFixed(2)}x iso${cpuText}   ${example}`);
  }
  console.log('goal: a pattern within 1.5x the ISO source; results identical in every run (checked)');
}

main();
