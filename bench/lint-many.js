#!/usr/bin/env node
'use strict';
// `sla lint` over 1,000 agreement files in one process: files per second,
// with `sla --version` timed in the same run so that start-up is taken out.
// Usage: node bench/lint-many.js [--files N] [--runs N]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { benchEnv, compare, machine } = require('./lib');

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const count = arg('--files', 1000);
const runs = arg('--runs', 5);
const root = path.join(__dirname, '..');
const reference = path.join(root, 'test/fixtures/reference');
// Outside the repository, with a root config, so that no .slarc.yaml above
// (rules, ignore globs) changes what is linted: this measures lint alone.
const dir = path.join(os.tmpdir(), 'sla-bench', `many-${count}`);

function generate() {
  if (fs.existsSync(path.join(dir, 'done'))) return;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const sources = fs.readdirSync(reference).filter((f) => f.endsWith('.sla.yaml')).map((f) => fs.readFileSync(path.join(reference, f), 'utf8'));
  for (let i = 0; i < count; i++) {
    const text = sources[i % sources.length].replace(/^id: (.+)$/m, (_, id) => `id: ${id}-${i}`).replace(/file: data\//g, `file: ${path.relative(dir, reference)}/data/`);
    fs.writeFileSync(path.join(dir, `a${String(i).padStart(4, '0')}.sla.yaml`), text);
  }
  fs.writeFileSync(path.join(dir, '.slarc.yaml'), 'root: true\n');
  fs.writeFileSync(path.join(dir, 'done'), '');
}

/** The timed command must lint every file, and every file clean: else the figure means nothing. */
function check(bin) {
  const r = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', dir], { env: benchEnv(), encoding: 'utf8', maxBuffer: 1 << 28 });
  const files = r.status === 0 ? JSON.parse(r.stdout) : [];
  const findings = files.reduce((n, f) => n + f.findings.length, 0);
  if (files.length !== count || findings > 0) {
    throw new Error(`sla lint ${dir} linted ${files.length} of ${count} files with ${findings} findings (exit ${r.status}): ${String(r.stderr).slice(0, 300)}`);
  }
}

generate();
const bytes = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
const bin = path.join(root, 'bin/sla.js');
check(bin);
const [version, lint] = compare(
  [
    { name: 'sla --version', cmd: process.execPath, args: [bin, '--version'], expectCode: 0 },
    { name: `sla lint (${count} files)`, cmd: process.execPath, args: [bin, 'lint', '--format', 'json', dir], expectCode: 0 },
  ],
  { runs, warmup: 1 },
);
const seconds = (lint.median - version.median) / 1000;
console.log(`machine: ${machine()}; ${runs} runs, medians`);
console.log(`| files | MB | lint ms | start-up ms | files/s (start-up excluded) | MB/s |`);
console.log('|---:|---:|---:|---:|---:|---:|');
console.log(`| ${count} | ${(bytes / 1e6).toFixed(1)} | ${lint.median.toFixed(0)} | ${version.median.toFixed(0)} | ${(count / seconds).toFixed(0)} | ${(bytes / 1e6 / seconds).toFixed(1)} |`);
