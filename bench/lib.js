'use strict';
// Shared helpers for the benchmarks: timing whole commands in one run, so
// that every figure is a ratio against a baseline measured alongside it.
const { spawnSync } = require('child_process');
const os = require('os');

/** The environment for timed children: NODE_EXTRA_CA_CERTS alone adds ~85 ms to each Node 20 start. */
function benchEnv(extra = {}) {
  const env = { ...process.env, NO_COLOR: '1', ...extra };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

function timeOnce(cmd, args, options = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { env: benchEnv(options.env), cwd: options.cwd, input: options.input, stdio: ['pipe', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (options.expectCode !== undefined && r.status !== options.expectCode) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`);
  }
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * Times several commands interleaved round by round (so drift on a noisy
 * machine hits them alike) and returns the median of each in ms.
 */
function compare(commands, { runs = 20, warmup = 3 } = {}) {
  const times = commands.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    commands.forEach((c, j) => {
      const ms = timeOnce(c.cmd, c.args, c);
      if (i >= warmup) times[j].push(ms);
    });
  }
  return commands.map((c, j) => ({ name: c.name, median: median(times[j]), min: Math.min(...times[j]) }));
}

function machine() {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0] ? cpus[0].model.trim() : 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

module.exports = { benchEnv, timeOnce, compare, median, machine };
