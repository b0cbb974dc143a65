#!/usr/bin/env node
'use strict';
// Runs a TypeScript benchmark from bench/ by bundling it with esbuild first,
// so in-process benchmarks exercise the same code as the CLI without ts-node.
// Usage: node bench/ts.js bench/time.ts [args...]
const esbuild = require('esbuild');
const path = require('path');
const { spawnSync } = require('child_process');
const { benchEnv } = require('./lib');

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node bench/ts.js bench/<name>.ts [args...]');
  process.exit(2);
}
const outfile = path.join(__dirname, 'out', path.basename(entry).replace(/\.ts$/, '.js'));
esbuild.buildSync({ entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });
const r = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit', env: benchEnv() });
process.exit(r.status ?? 1);
