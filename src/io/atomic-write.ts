import * as fs from 'fs';
import * as path from 'path';
import { InputError } from '../core/errors';

/**
 * Writes a file so that readers see the old content or the new, never a
 * half-written one: a temp file beside the target, then a rename. A failed
 * run leaves an existing file as it was.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      /* the temp file may not exist */
    }
    const err = e as NodeJS.ErrnoException;
    throw new InputError(`cannot write ${target}: ${describeErrno(err)}`);
  }
}

export function describeErrno(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a parent is not a directory';
    case 'ENOSPC':
      return 'no space left on device';
    default:
      return err.message;
  }
}
