import * as fs from 'fs';
import * as path from 'path';
import { quoteInput } from '../core/control-chars';
import { DATA_PATH_WORDS, dataPathProblem } from '../core/data-path';
import { InputError } from '../core/errors';

/** Where an agreement's data files may be: its folder and below, unless the command line allows more. */
export interface DataPathPolicy {
  /** The agreement's folder (the working directory for an agreement on standard input). */
  root: string;
  /** --allow-outside-data: the caller (a CI job's command line, not the agreement) lets any path through. */
  allowOutside: boolean;
}

/**
 * Checks the `file` an agreement names for a data source before anything is
 * read: by its text (absolute, `..`, hidden), then by where it really leads
 * (symbolic links resolved), then that it is a regular file (not a FIFO, a
 * device or /proc). A file that does not exist passes: reading it fails
 * with its own message.
 */
export function checkDataPath(source: string, written: string, absolute: string, policy: DataPathPolicy): void {
  if (policy.allowOutside) return;
  const refuse = (why: string, inside = true): never => {
    const rule = inside ? ": sla evaluate reads data files only inside the agreement's folder" : '';
    throw new InputError(
      `data source '${source}' reads ${quoteInput(written)}, ${why}${rule} (pass --allow-outside-data to read it anyway, or --data ${source}=FILE)`,
    );
  };
  const problem = dataPathProblem(written);
  if (problem) refuse(DATA_PATH_WORDS[problem]);
  let real: string;
  try {
    real = fs.realpathSync(absolute);
  } catch {
    return;
  }
  const relative = path.relative(realRoot(policy.root), real);
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  if (outside) refuse("which leads outside the agreement's folder (through a symbolic link)");
  if (dataPathProblem(relative) === 'hidden') refuse(`which leads to ${DATA_PATH_WORDS.hidden}`);
  if (!isRegularFile(real)) refuse('which is not a regular file (a folder, a device or a pipe)', false);
}

/** Whether a path is a regular file (true when it cannot be read: the reader then says why). */
export function isRegularFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return true;
  }
}

function realRoot(root: string): string {
  try {
    return fs.realpathSync(root);
  } catch {
    return path.resolve(root);
  }
}
