#!/usr/bin/env node
'use strict';
// Rendering a reference agreement to HTML against `sla lint` of the same file,
// in the same run, through the built binary. Goal: render <= 1.5x lint.
// Usage: node bench/render.js [--runs N] [--no-build]   (SLA_BIN: another build)
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.join(__dirname, '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;
const bin = process.env.SLA_BIN || path.join(root, 'bin/sla.js');
const agreement = process.env.SLA_AGREEMENT || '/work/shared/reference/managed-hosting.sla.yaml';

if (!args.includes('--no-build') && !process.env.SLA_BIN) execFileSync(process.execPath, [path.join(root, 'scripts/build.js')], { stdio: 'inherit' });

const env = { ...process.env, NO_COLOR: '1' };
delete env.NODE_EXTRA_CA_CERTS;
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sla-bench-')), 'out.html');

function time(argv) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [bin, ...argv], { env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`sla ${argv.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const lint = [];
const render = [];
time(['lint', agreement]);
time(['render', agreement, '--format', 'html', '--out', out]);
for (let i = 0; i < runs; i++) {
  // Interleaved, so that machine load affects both alike.
  lint.push(time(['lint', agreement]));
  render.push(time(['render', agreement, '--format', 'html', '--out', out]));
}
const ratio = median(render) / median(lint);
console.log(`agreement   ${path.basename(agreement)} (${runs} runs each, medians)`);
console.log(`sla lint    ${median(lint).toFixed(1)} ms`);
console.log(`sla render  ${median(render).toFixed(1)} ms (html)`);
console.log(`ratio       ${ratio.toFixed(2)}x (goal <= 1.5x) ${ratio <= 1.5 ? 'ok' : 'OVER'}`);
fs.rmSync(path.dirname(out), { recursive: true, force: true });
process.exitCode = ratio <= 1.5 ? 0 : 1;
