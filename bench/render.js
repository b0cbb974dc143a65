#!/usr/bin/env node
'use strict';
// Rendering a reference agreement to HTML against `sla lint` of the same file,
// in the same run, through the built binary. Goal: render <= 1.5x lint.
// Usage: node bench/render.js [--runs N] [--no-build]   (SLA_BIN: another build)
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { compare, machine } = require('./lib');

const root = path.join(__dirname, '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 30;
const bin = process.env.SLA_BIN || path.join(root, 'bin/sla.js');
const agreement = process.env.SLA_AGREEMENT || path.join(root, 'test/fixtures/reference/managed-hosting.sla.yaml');

if (!args.includes('--no-build') && !process.env.SLA_BIN) execFileSync(process.execPath, [path.join(root, 'scripts/build.js')], { stdio: 'inherit' });

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sla-bench-')), 'out.html');
// Interleaved round by round, so that machine load affects both alike; the
// verdict is on the medians, the minimums show the cost without interference.
const [lint, render] = compare(
  [
    { name: 'lint', cmd: process.execPath, args: [bin, 'lint', agreement], expectCode: 0 },
    { name: 'render', cmd: process.execPath, args: [bin, 'render', agreement, '--format', 'html', '--out', out], expectCode: 0 },
  ],
  { runs },
);
const ratio = render.median / lint.median;
console.log(`machine     ${machine()}`);
console.log(`agreement   ${path.basename(agreement)} (${runs} runs each, interleaved; NODE_EXTRA_CA_CERTS unset)`);
console.log(`sla lint    ${lint.median.toFixed(1)} ms median, ${lint.min.toFixed(1)} ms min`);
console.log(`sla render  ${render.median.toFixed(1)} ms median, ${render.min.toFixed(1)} ms min (html)`);
console.log(`ratio       ${ratio.toFixed(2)}x of the medians, ${(render.min / lint.min).toFixed(2)}x of the minimums (goal <= 1.5x) ${ratio <= 1.5 ? 'ok' : 'OVER'}`);
fs.rmSync(path.dirname(out), { recursive: true, force: true });
process.exitCode = ratio <= 1.5 ? 0 : 1;
