import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../core/errors';
import { describeErrno } from './errno';

export const STDIN = '-';
const AGREEMENT_GLOB = '**/*.sla.{yaml,yml}';
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * Expands command-line paths ESLint style: a file as it is, a directory to the
 * agreements below it, a glob to its matches, `-` to stdin. Order is stable
 * and duplicates are dropped. A path that matches nothing is an input error.
 * Files found in folders or by globs are dropped when `isIgnored` says so;
 * a file named on the command line is always linted (as in ESLint).
 */
export async function expandPaths(args: readonly string[], cwd: string, isIgnored: (absolute: string) => boolean = () => false): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const kept = (found: string[], what: string): string[] => {
    const left = found.filter((f) => !isIgnored(path.resolve(cwd, f)));
    if (found.length > 0 && left.length === 0) throw new InputError(`every agreement in ${what} is ignored by an \`ignore\` in .slarc.yaml`);
    return left;
  };
  const add = (p: string): void => {
    const key = p === STDIN ? p : path.resolve(cwd, p);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(p);
    }
  };
  for (const arg of args.length === 0 ? ['.'] : args) {
    if (arg === STDIN) {
      add(STDIN);
      continue;
    }
    const stat = statOrNull(path.resolve(cwd, arg));
    if (stat && !stat.isDirectory()) {
      // a file, or a FIFO or device named on purpose (`sla lint <(...)`)
      add(arg);
    } else if (stat?.isDirectory()) {
      const found = (await glob([AGREEMENT_GLOB], path.resolve(cwd, arg))).map((f) => join(arg, f));
      if (found.length === 0) throw new InputError(`no agreements (*.sla.yaml, *.sla.yml) found in ${arg}`);
      kept(found, arg).forEach(add);
    } else if (GLOB_CHARS.test(arg)) {
      const found = await glob([arg], cwd);
      if (found.length === 0) throw new InputError(`no files match the pattern '${arg}'`);
      kept(found, `'${arg}'`).forEach(add);
    } else {
      throw new InputError(`cannot read ${arg}: no such file or directory`);
    }
  }
  return out;
}

const GLOB_CHARS = /[*?[\]{}]/;

/** tinyglobby loads only when a folder or a glob is linted, not for one file. */
async function glob(patterns: string[], cwd: string): Promise<string[]> {
  const { globSync } = await import('tinyglobby');
  return globSync(patterns, { cwd, ignore: IGNORE, onlyFiles: true, dot: false, expandDirectories: false }).sort();
}

function join(dir: string, file: string): string {
  return dir === '.' ? file : path.join(dir, file);
}

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

/**
 * The most an agreement may hold: src/core/load.ts (MAX_FILE_BYTES) reports
 * a longer one. Kept here so that reading does not load the YAML parser.
 */
export const MAX_AGREEMENT_BYTES = 10 * 1024 * 1024;

/**
 * Reads a file's bytes, at most `limit` + 1 of them: enough for the loader
 * to say the file is too long, and a bound for a device that never ends
 * (/dev/zero), a FIFO or a growing file. Errno failures become clear input
 * errors. Reading a FIFO waits for its writer, as `cat` does.
 */
export function readBytes(file: string, cwd: string, limit = MAX_AGREEMENT_BYTES): Uint8Array {
  let fd: number | undefined;
  try {
    fd = fs.openSync(path.resolve(cwd, file), 'r');
    return readUpTo(fd, limit + 1, fs.fstatSync(fd).size);
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${describeErrno(e as NodeJS.ErrnoException)}`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Up to `max` bytes; `size` (0 when unknown: a device, a FIFO) sizes the buffer so that a file is read in one go. */
function readUpTo(fd: number, max: number, size: number): Buffer {
  let buf = Buffer.allocUnsafe(Math.min(max, size > 0 ? size + 1 : 1 << 16));
  let n = 0;
  for (;;) {
    if (n === buf.length) {
      if (n >= max) break;
      const bigger = Buffer.allocUnsafe(Math.min(max, n * 2));
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
    }
    const read = fs.readSync(fd, buf, n, buf.length - n, null);
    if (read === 0) break;
    n += read;
  }
  return buf.subarray(0, n);
}

/** Reads standard input, at most `limit` + 1 bytes (see readBytes); stops reading there. */
export async function readStdin(stdin: NodeJS.ReadableStream, limit = MAX_AGREEMENT_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buf);
    total += buf.length;
    if (total > limit) break;
  }
  return Buffer.concat(chunks).subarray(0, limit + 1);
}
