'use strict';
// Writes dist/sla.cache, the V8 code cache that bin/sla.js compiles
// dist/sla.js with. A child process with Node's default flags runs the
// commands whose start-up has a goal (render, lint) once on an example, then
// asks V8 for the cache: it holds every function those runs compiled. V8
// rejects a cache made by another Node version or under other flags, and the
// CLI then compiles from source as usual: slower, not wrong. V8 checks the
// source only by its length, so the bundle and its cache must come from one
// build: scripts/build.js empties dist/ first and writes both.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const EXAMPLE = path.join(root, 'examples/managed-it-support/managed-it-support.sla.yaml');

/**
 * The warm-up commands, in the order they run (the last one's functions are
 * the freshest). Not evaluate: its functions make the cache ~25% larger and
 * every command, lint included, pays ~2.5 ms more to read it; evaluate starts
 * in ~165 ms without them, ~135 ms with.
 */
const WARM_UP = [
  ['render', EXAMPLE, '--format', 'html'],
  ['render', EXAMPLE, '--format', 'md'],
  ['lint', EXAMPLE],
];

function write() {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const r = spawnSync(process.execPath, [__filename, '--child'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`code cache: the warm-up run failed (exit ${r.status})`);
}

async function child() {
  const { loadCli, CACHE } = require('../bin/sla.js');
  const { cli, script } = loadCli(false);
  const sink = { write: () => true, isTTY: false };
  for (const args of WARM_UP) {
    const io = { stdout: sink, stderr: sink, stdin: process.stdin, cwd: root, env: {} };
    const code = await cli.main(['node', 'sla', ...args], io);
    if (code !== 0) throw new Error(`code cache: \`sla ${args.join(' ')}\` exited ${code}`);
  }
  const tmp = `${CACHE}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, script.createCachedData());
  fs.renameSync(tmp, CACHE);
}

if (process.argv[2] === '--child') {
  child().catch((e) => {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  });
}

module.exports = { write };
