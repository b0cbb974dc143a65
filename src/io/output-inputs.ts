import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from '../core/errors';
import type { OutputTarget } from './output-target';

/** A file the run reads, and how a message names it ("the agreement", "data source 'requests'"). */
export interface RunInput {
  path: string;
  what: string;
}

/** Paths (absolute, or relative to the working directory) or named inputs; `-` (standard input) is passed over. */
export type InputList = readonly (string | RunInput)[];

/** The config file name of src/lint/config.ts (CONFIG_FILE); io does not import the lint wing. */
const CONFIG_FILE = '.slarc.yaml';

/**
 * The config files that may apply to agreements in these folders: one in
 * each folder and each parent. Those above a `root: true` are included too:
 * a report has no business replacing any of them.
 */
export function configInputs(folders: Iterable<string>): RunInput[] {
  const seen = new Set<string>();
  for (let dir of folders) {
    dir = path.resolve(dir);
    while (!seen.has(dir)) {
      seen.add(dir);
      const parent = path.dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return [...seen].map((dir) => ({ path: path.join(dir, CONFIG_FILE), what: `the config file ${CONFIG_FILE}` }));
}

/** The data files of an evaluation, each named by its data sources. */
export function dataInputs(files: readonly { path: string; sources: readonly { name: string }[] }[]): RunInput[] {
  return files.map((f) => ({ path: f.path, what: `data source ${f.sources.map((s) => `'${s.name}'`).join(', ')}` }));
}

/** Device and inode of what the path names, null when it cannot be seen. */
function identity(file: string | number): string | null {
  try {
    const stat = typeof file === 'number' ? fs.fstatSync(file, { bigint: true }) : fs.statSync(file, { bigint: true, throwIfNoEntry: false });
    return stat ? `${stat.dev}:${stat.ino}` : null;
  } catch {
    return null;
  }
}

function targetIdentity(target: OutputTarget): string | null {
  switch (target.kind) {
    case 'stdout':
      return null;
    case 'fd':
      return identity(target.fd);
    default:
      return identity(target.path);
  }
}

/**
 * Refuses an output that is one of the run's inputs: the same file by device
 * and inode, so a symbolic or hard link to the agreement, or another
 * spelling of its path, is caught as well as the path itself. A target that
 * does not exist yet is none of them.
 */
export function refuseInputs(out: string, target: OutputTarget, inputs: InputList, cwd: string): void {
  if (inputs.length === 0) return;
  const id = targetIdentity(target);
  if (id === null) return;
  for (const input of inputs) {
    const { path: file, what } = typeof input === 'string' ? { path: input, what: 'an input' } : input;
    if (file === '-') continue;
    if (identity(path.resolve(cwd, file)) === id) {
      throw new UsageError(`--out ${out} is a file this run reads (${what}); choose another file`);
    }
  }
}
