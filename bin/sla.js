#!/usr/bin/env node
'use strict';
// The command-line entry; everything else lives in dist/, built by `npm ci`
// (prepare). Two things here make a command start fast (docs/benchmarks.md):
//
// - dist/sla.js is compiled with a V8 code cache, dist/sla.cache, that the
//   build writes after a warm-up run: the functions a command needs arrive
//   compiled instead of being parsed and compiled on every start. A cache
//   that does not fit this Node (another version, other V8 flags) is
//   rejected by V8 and the file compiles as usual. `sla evaluate` has a
//   cache of its own, dist/sla-evaluate.cache (its functions would make
//   every other command read a larger one).
// - The optimising compiler (TurboFan) is off until a command says that its
//   work runs long (`longRun`: more than a handful of agreements, or metric
//   data): in a run of ~50 ms it only competes with the work it would speed up.
const fs = require('fs');
const path = require('path');
const v8 = require('v8');
const vm = require('vm');
const Module = require('module');

const DIST = path.join(__dirname, '..', 'dist');
const BUNDLE = path.join(DIST, 'sla.js');
const CACHE = path.join(DIST, 'sla.cache');
const EVALUATE_CACHE = path.join(DIST, 'sla-evaluate.cache');

/** The code cache for a command line: evaluate's own, else the one of every other command. */
function cacheFor(argv) {
  return argv[2] === 'evaluate' ? EVALUATE_CACHE : CACHE;
}

/** Compiles and runs dist/sla.js, with the code cache `cache` unless told not to (false); its exports and its compiled script. */
function loadCli(cache = CACHE) {
  const source = fs.readFileSync(BUNDLE, 'utf8');
  let cachedData;
  if (cache) {
    try {
      cachedData = fs.readFileSync(cache);
    } catch {
      // no cache: compile from source
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, Module.createRequire(BUNDLE), mod, BUNDLE, DIST);
  return { cli: mod.exports, script };
}

function run() {
  let cli;
  try {
    cli = loadCli(cacheFor(process.argv)).cli;
  } catch (e) {
    process.stderr.write(`sla: cannot start (${e.message}); run \`npm run build\` first\n`);
    process.exitCode = 2;
    return;
  }
  // After compiling: V8 checks a code cache against the flags it was made with.
  v8.setFlagsFromString('--no-turbofan');
  let long = false;
  const io = cli.processIO({
    longRun: () => {
      long = true;
      v8.setFlagsFromString('--turbofan');
    },
  });
  cli.main(process.argv, io).then((code) => {
    // a failed write to standard output may have set 2 already (src/cli/io.ts)
    process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
    if (long) exitOnceWritten();
  });
}

/**
 * Ends a long run as soon as standard output and error have handed over all
 * they hold: the heap of a large evaluation (100 MB and more) is left to
 * the system instead of being freed a piece at a time (~10-20 ms).
 */
function exitOnceWritten() {
  const waiting = [process.stdout, process.stderr].filter((s) => s.writableLength > 0);
  let left = waiting.length;
  if (left === 0) process.exit();
  for (const s of waiting) s.once('drain', () => --left === 0 && process.exit());
}

if (require.main === module) run();

module.exports = { loadCli, cacheFor, BUNDLE, CACHE, EVALUATE_CACHE };
