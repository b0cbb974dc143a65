import { spawnSync } from 'child_process';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'bin/sla.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built binary (or another copy's, `bin`) as a user would, without colour and with a fixed zone. */
export function runSla(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string>; bin?: string } = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', TZ: 'Pacific/Chatham' };
  delete env.FORCE_COLOR;
  Object.assign(env, options.env);
  const r = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
