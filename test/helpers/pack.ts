import { spawnSync } from 'child_process';
import * as path from 'path';
import { ROOT } from './run-sla';

/**
 * The environment for npm and the tools around it in tests: without the
 * npm_lifecycle_* and npm_package_* variables that `npm test` sets (they
 * describe this repository, not the folder a test installs into), and with
 * npm's update notice, funding and audit messages off.
 */
export function npmEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: Record<string, string | undefined> = { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...extra };
  for (const k of Object.keys(env)) if (/^npm_(lifecycle|package)_/.test(k)) delete env[k];
  return env as NodeJS.ProcessEnv;
}

export function npm(args: string[], cwd: string, extra: Record<string, string> = {}): { stdout: string; stderr: string } {
  const r = spawnSync('npm', args, { cwd, env: npmEnv(extra), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r;
}

export interface Packed {
  /** The tarball's absolute path. */
  tarball: string;
  /** The paths inside the package, as npm pack lists them. */
  files: string[];
}

/** `npm pack` of the repository as built (`npm test` builds first; no script runs here), into `dir`. */
export function packRepository(dir: string): Packed {
  const [result] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT).stdout) as { filename: string; files: { path: string }[] }[];
  return { tarball: path.join(dir, result.filename), files: result.files.map((f) => f.path) };
}
