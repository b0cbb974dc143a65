import * as fs from 'fs';
import * as path from 'path';
import { onInterrupt } from './cleanup';
import { writeAll } from './output-stream';

/** Which step of replacing a file failed: the message differs (a folder not writable, a mount point, a full disk). */
export type ReplaceStep = 'create' | 'write' | 'rename';

export class ReplaceError extends Error {
  constructor(
    readonly step: ReplaceStep,
    readonly reason: NodeJS.ErrnoException,
  ) {
    super(reason.message);
  }
}

/**
 * Replaces a regular file so that readers see the old content or the new,
 * never a part: a temporary file beside it (`.NAME.PID.TIME.tmp`), written,
 * given the old file's owner, group and mode, then renamed over it. A new
 * file gets the usual mode (0666 less the umask). If anything fails, or the
 * run is interrupted before the rename, the temporary file is removed and
 * the old file stays as it was.
 *
 * The temporary file starts as 0600 when it replaces a file, so that a
 * confidential report is never readable by others while it is written.
 * Not kept: ACLs and extended attributes, and other hard links to the old
 * file (they keep the old content), as with editors and write-file-atomic.
 * No fsync: the rename is what makes the change atomic for readers.
 */
export async function replaceFile(target: string, existing: fs.Stats | null, data: Uint8Array): Promise<void> {
  let tmp = '';
  // registered before the file exists, so that no moment is left uncovered
  const release = onInterrupt(() => tmp && fs.rmSync(tmp, { force: true }));
  let step: ReplaceStep = 'create';
  try {
    let handle: fs.promises.FileHandle | undefined;
    for (let attempt = 0; handle === undefined; attempt++) {
      tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}${attempt > 0 ? `-${attempt}` : ''}.tmp`);
      try {
        handle = await fs.promises.open(tmp, 'wx', existing ? 0o600 : 0o666);
      } catch (e) {
        tmp = ''; // a file of that name that is not ours, or none was made
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 10) throw e;
      }
    }
    step = 'write';
    try {
      await writeAll(handle, data);
      if (existing) await keepOwnerAndMode(handle, existing);
    } finally {
      await handle.close();
    }
    step = 'rename';
    await fs.promises.rename(tmp, target);
  } catch (e) {
    if (tmp) fs.rmSync(tmp, { force: true });
    throw new ReplaceError(step, e as NodeJS.ErrnoException);
  } finally {
    release();
  }
}

/** The old file's owner and group where this process may set them (root may; others may set a group they are in), then its permissions. */
async function keepOwnerAndMode(handle: fs.promises.FileHandle, existing: fs.Stats): Promise<void> {
  const mine = await handle.stat();
  if (mine.uid !== existing.uid || mine.gid !== existing.gid) {
    await handle.chown(existing.uid, existing.gid).catch(() => handle.chown(-1, existing.gid).catch(() => undefined));
  }
  // after chown, which clears set-user-ID bits; special bits are not carried over
  await handle.chmod(existing.mode & 0o777);
}
