import { spawn, type ChildProcess, type StdioOptions } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BIN, ROOT } from './run-sla';

export interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Whether the kill timer ended it: a run that should have ended by itself and did not. */
  killed: boolean;
  /** Peak resident memory in MB, when asked for (`memory: true`) and the process exited normally. */
  maxRssMb?: number;
}

/**
 * Starts the built binary without waiting for it, for tests that signal it,
 * feed it slowly or close its pipes. A generous kill timer (not a time
 * limit) makes a run that never ends fail the test instead of hanging it.
 */
export function startSla(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; stdio?: StdioOptions; uid?: number; gid?: number; killAfterMs?: number; memory?: boolean } = {},
): { child: ChildProcess; ended: Promise<Ended> } {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', TZ: 'Pacific/Chatham' };
  delete env.FORCE_COLOR;
  Object.assign(env, options.env);
  const rssFile = options.memory ? path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sla-rss-')), 'max-rss') : undefined;
  if (rssFile) env.SLA_TEST_MAX_RSS = rssFile;
  const preload = rssFile ? ['-r', path.join(__dirname, 'max-rss.js')] : [];
  const child = spawn(process.execPath, [...preload, BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: env as NodeJS.ProcessEnv,
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
    uid: options.uid,
    gid: options.gid,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, options.killAfterMs ?? 60_000);
  const ended = new Promise<Ended>((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let maxRssMb: number | undefined;
      if (rssFile) {
        if (fs.existsSync(rssFile)) maxRssMb = Number(fs.readFileSync(rssFile, 'utf8')) / 1024;
        fs.rmSync(path.dirname(rssFile), { recursive: true, force: true });
      }
      resolve({ code, signal, stdout, stderr, killed, maxRssMb });
    });
  });
  return { child, ended };
}
