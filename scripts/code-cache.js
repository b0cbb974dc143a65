'use strict';
// Writes the V8 code caches that bin/sla.js compiles dist/sla.js with. For
// each cache a child process with Node's default flags runs the commands it
// is for once on examples, then asks V8 for the cache: it holds every
// function those runs compiled. dist/sla.cache serves every command but
// evaluate (render, lint: the commands whose start-up has a goal);
// dist/sla-evaluate.cache serves `sla evaluate`, whose functions would make
// the first ~25% larger, a cost every other command would pay to read it
// (~2.5 ms), while evaluate without them compiles them lazily on every run
// (~10 ms for a JSON report, more with a per-resource metric). V8 rejects a
// cache made by another Node version or under other flags, and the CLI then
// compiles from source as usual: slower, not wrong. V8 checks the source
// only by its length, so the bundle and its caches must come from one build:
// scripts/build.js empties dist/ first and writes all of them.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const EXAMPLE = path.join(root, 'examples/managed-it-support/managed-it-support.sla.yaml');
const EC2 = path.join(root, 'examples/real/aws-ec2/aws-ec2.sla.yaml');

/** Per cache, the warm-up commands in the order they run (the last one's functions are the freshest). */
const CACHES = {
  'sla.cache': [
    ['render', EXAMPLE, '--format', 'html'],
    ['render', EXAMPLE, '--format', 'md'],
    ['lint', EXAMPLE],
  ],
  // a report of tickets and outages, then per-resource intervals with charges (examples/real/aws-ec2)
  'sla-evaluate.cache': [
    ['evaluate', EXAMPLE, '--format', 'json', '--as-of', '2026-12-01T00:00:00Z'],
    ['evaluate', EC2, '--from', '2026-01', '--to', '2026-06', '--as-of', '2026-07-05T00:00:00Z', '--format', 'json'],
  ],
};

function write() {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  for (const name of Object.keys(CACHES)) {
    const r = spawnSync(process.execPath, [__filename, '--child', name], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    if (r.status !== 0) throw new Error(`code cache: the warm-up run for ${name} failed (exit ${r.status})`);
  }
}

/** Runs the warm-up of one cache and writes it. Evaluations exit 1 when a target is breached: any code but 2 is a run that worked. */
async function child(name) {
  const { loadCli } = require('../bin/sla.js');
  const { cli, script } = loadCli(false);
  const sink = { write: () => true, isTTY: false };
  for (const args of CACHES[name]) {
    const io = { stdout: sink, stderr: sink, stdin: process.stdin, cwd: root, env: {} };
    const code = await cli.main(['node', 'sla', ...args], io);
    if (code !== 0 && !(args[0] === 'evaluate' && code === 1)) throw new Error(`code cache: \`sla ${args.join(' ')}\` exited ${code}`);
  }
  const file = path.join(root, 'dist', name);
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, script.createCachedData());
  fs.renameSync(tmp, file);
}

if (process.argv[2] === '--child') {
  child(process.argv[3]).catch((e) => {
    process.stderr.write(`${e.message}\n`);
    process.exitCode = 1;
  });
}

module.exports = { write, caches: Object.keys(CACHES) };
