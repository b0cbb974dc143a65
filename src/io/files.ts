import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../core/errors';
import { describeErrno } from './atomic-write';

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
    if (stat?.isFile()) {
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

/** Reads a file's bytes, turning errno failures into clear input errors. */
export function readBytes(file: string, cwd: string): Uint8Array {
  try {
    return fs.readFileSync(path.resolve(cwd, file));
  } catch (e) {
    throw new InputError(`cannot read ${file}: ${describeErrno(e as NodeJS.ErrnoException)}`);
  }
}

/** Reads all of stdin. */
export async function readStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
