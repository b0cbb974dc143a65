import { spawn, type ChildProcess, type StdioOptions } from 'child_process';
import { BIN, ROOT } from './run-sla';

export interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Whether the kill timer ended it: a run that should have ended by itself and did not. */
  killed: boolean;
}

/**
 * Starts the built binary without waiting for it, for tests that signal it,
 * feed it slowly or close its pipes. A generous kill timer (not a time
 * limit) makes a run that never ends fail the test instead of hanging it.
 */
export function startSla(
  args: string[],
  options: { cwd?: string; env?: Record<string, string>; stdio?: StdioOptions; uid?: number; gid?: number; killAfterMs?: number } = {},
): { child: ChildProcess; ended: Promise<Ended> } {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', TZ: 'Pacific/Chatham' };
  delete env.FORCE_COLOR;
  Object.assign(env, options.env);
  const child = spawn(process.execPath, [BIN, ...args], {
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
      resolve({ code, signal, stdout, stderr, killed });
    });
  });
  return { child, ended };
}
