import { spawnSync } from 'child_process';
import { InputError } from '../core/errors';

/** `REV:PATH` as git spells an object: a revision, a colon, a path (relative to the repository root, or ./ to the folder). */
export function parseRevisionPath(spec: string): { rev: string; path: string } | null {
  const m = /^([^:\s]+):(.+)$/.exec(spec);
  return m ? { rev: m[1], path: m[2] } : null;
}

function git(args: string[], cwd: string): { ok: boolean; stdout: Buffer; stderr: string } {
  // An argument array and no shell: the revision and path reach git as they are.
  const r = spawnSync('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new InputError(`cannot run git to read a revision: ${r.error.message}`);
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

/** How to get a revision that is not here: `git fetch origin main` for `origin/main`. */
function fetchHint(rev: string, cwd: string): string {
  const remotes = git(['remote'], cwd).stdout.toString('utf8').split('\n').filter(Boolean);
  const slash = rev.indexOf('/');
  if (slash > 0 && remotes.includes(rev.slice(0, slash))) return `git fetch ${rev.slice(0, slash)} ${rev.slice(slash + 1)}`;
  return `git fetch ${remotes.includes('origin') ? 'origin' : (remotes[0] ?? '<remote>')} ${rev}`;
}

/**
 * The bytes of PATH at revision REV, through `git show REV:PATH` in `cwd`.
 * A missing revision says which fetch would bring it; a missing path says so.
 */
export function readRevision(rev: string, file: string, cwd: string): Uint8Array {
  if (rev.startsWith('-')) throw new InputError(`'${rev}' is not a revision`);
  if (!git(['rev-parse', '--git-dir'], cwd).ok) throw new InputError(`cannot read ${rev}:${file}: ${cwd} is not inside a git repository`);
  if (!git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], cwd).ok) {
    throw new InputError(`revision '${rev}' is not in this repository (a shallow clone or an unfetched branch?); bring it with: ${fetchHint(rev, cwd)}`);
  }
  const shown = git(['show', `${rev}:${file}`], cwd);
  if (!shown.ok) throw new InputError(`cannot read ${rev}:${file}: ${file} does not exist at revision ${rev}`);
  return shown.stdout;
}
