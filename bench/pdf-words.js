#!/usr/bin/env node
'use strict';
// A contract whose purpose and service name are one word of N characters,
// printed to PDF through the built binary, against the same contract with
// short words (the baseline: mostly the browser's start-up), in the same run.
// Long words wrap anywhere (templates/contract/html/styles.hbs); before that a
// word that could not break made Chromium's layout quadratic: 100,000
// characters took 28 s. Goal: time grows with N at most linearly.
// Usage: node bench/pdf-words.js [--runs N] [--no-build]   (SLA_BIN: another build)
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { compare, machine } = require('./lib');

const root = path.join(__dirname, '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const bin = process.env.SLA_BIN || path.join(root, 'bin/sla.js');
if (!args.includes('--no-build') && !process.env.SLA_BIN) execFileSync(process.execPath, [path.join(root, 'scripts/build.js')], { stdio: 'inherit' });

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-bench-words-'));
const base = fs.readFileSync(path.join(root, 'test/fixtures/reference/managed-hosting.sla.yaml'), 'utf8');
const SIZES = [0, 10_000, 30_000, 100_000];
const commands = SIZES.map((n) => {
  const file = path.join(dir, `w${n}.sla.yaml`);
  const text = n === 0 ? base : base.replace(/^purpose: \|\n/m, `purpose: |\n  ${'w'.repeat(n)}\n`).replace('name: Web shop hosting', `name: ${'s'.repeat(n)}`);
  fs.writeFileSync(file, text);
  return { name: String(n), cmd: process.execPath, args: [bin, 'render', file, '--out', path.join(dir, `w${n}.pdf`)], expectCode: 0 };
});
const results = compare(commands, { runs, warmup: 1 });
const baseline = results[0].median;
console.log(`machine     ${machine()}`);
console.log(`agreement   managed-hosting.sla.yaml, purpose and a service name as one word of N characters (${runs} runs each, interleaved)`);
console.log('| N | median ms | min ms | × short words | ms per 1,000 characters over the baseline |');
console.log('|---:|---:|---:|---:|---:|');
for (const r of results) {
  const n = Number(r.name);
  const per = n === 0 ? '' : ((r.median - baseline) / (n / 1000)).toFixed(1);
  console.log(`| ${n.toLocaleString('en-US')} | ${r.median.toFixed(0)} | ${r.min.toFixed(0)} | ${(r.median / baseline).toFixed(2)} | ${per} |`);
}
fs.rmSync(dir, { recursive: true, force: true });
