#!/usr/bin/env node
'use strict';
// Start-up: `sla --version` and `sla lint` of one reference agreement, each
// against bare `node -e 0` in the same run. Goal: lint <= 3x bare Node.
// Usage: node bench/startup.js [--runs N]
const path = require('path');
const { compare, machine } = require('./lib');

const root = path.join(__dirname, '..');
const bin = path.join(root, 'bin/sla.js');
const agreement = path.join(root, 'test/fixtures/reference/managed-hosting.sla.yaml');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 30;

const results = compare(
  [
    { name: 'node -e 0', cmd: process.execPath, args: ['-e', '0'], expectCode: 0 },
    { name: 'sla --version', cmd: process.execPath, args: [bin, '--version'], expectCode: 0 },
    { name: 'sla lint (managed-hosting)', cmd: process.execPath, args: [bin, 'lint', agreement], expectCode: 0 },
  ],
  { runs },
);
const base = results[0].median;
console.log(`machine: ${machine()}; ${runs} runs each, interleaved; NODE_EXTRA_CA_CERTS unset`);
console.log('| command | median ms | min ms | × node -e 0 |');
console.log('|---|---:|---:|---:|');
for (const r of results) console.log(`| ${r.name} | ${r.median.toFixed(1)} | ${r.min.toFixed(1)} | ${(r.median / base).toFixed(2)} |`);
