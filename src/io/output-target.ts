import * as fs from 'fs';
import * as path from 'path';

/**
 * What an output path names, decided when the output is written:
 * - `stdout`: `-`, no path, or this process's own standard output named as
 *   a path (/dev/stdout, /dev/fd/1, /proc/self/fd/1);
 * - `fd`: another open file descriptor of this process (/dev/fd/3, /dev/stderr,
 *   the `>(gzip > x.gz)` of a shell): written as it is, the way the shell's
 *   own redirection treats /dev/fd/N (no reopening, no truncation);
 * - `device`: a character or block device or a FIFO (or another process's
 *   descriptor): opened and written in place, never replaced;
 * - `socket`: a Unix socket: connected to and written;
 * - `file`: a regular file, existing or not, at the end of its symbolic
 *   links: replaced atomically, the links left as they are.
 */
export type OutputTarget =
  | { kind: 'stdout' }
  | { kind: 'fd'; fd: number }
  | { kind: 'device'; path: string }
  | { kind: 'socket'; path: string }
  | { kind: 'file'; path: string; existing: fs.Stats | null };

/** As many links as Linux follows before ELOOP. */
const MAX_LINKS = 40;

/** /proc/<pid>/fd, /proc/<pid>/task/<tid>/fd: where the magic links to open descriptors live. */
const FD_FOLDER = /^\/proc\/(\d+)(?:\/task\/\d+)?\/fd$/;

function errno(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

/**
 * Follows `out` link by link (each folder by its real path) to what it names.
 * Throws the errno error of a folder that does not exist or is not a
 * folder, of a target that is a directory, and of a loop of links.
 */
export function outputTarget(out: string | undefined, cwd: string, pid: number): OutputTarget {
  if (out === undefined || out === '-') return { kind: 'stdout' };
  let at = path.resolve(cwd, out);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const folder = fs.realpathSync(path.dirname(at));
    at = path.join(folder, path.basename(at));
    const procFd = FD_FOLDER.exec(folder);
    if (procFd) {
      const fd = /^\d+$/.test(path.basename(at)) ? Number(path.basename(at)) : -1;
      if (Number(procFd[1]) !== pid || fd < 0) return { kind: 'device', path: at };
      return fd === 1 ? { kind: 'stdout' } : { kind: 'fd', fd };
    }
    const stat = fs.lstatSync(at, { throwIfNoEntry: false });
    if (stat === undefined) return { kind: 'file', path: at, existing: null };
    if (stat.isSymbolicLink()) {
      at = path.resolve(folder, fs.readlinkSync(at));
      continue;
    }
    if (stat.isFile()) return { kind: 'file', path: at, existing: stat };
    if (stat.isDirectory()) throw errno('EISDIR', `${at} is a directory`);
    if (stat.isSocket()) return { kind: 'socket', path: at };
    return { kind: 'device', path: at };
  }
  throw errno('ELOOP', `too many symbolic links at ${at}`);
}
