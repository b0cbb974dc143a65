/** A failed system call in a few words, for `cannot read X: ...` and `cannot write X: ...`. */
export function describeErrno(err: NodeJS.ErrnoException): string {
  return (err.code && WORDS[err.code]) ?? err.message;
}

const WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a parent is not a directory',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EROFS: 'read-only file system',
  EIO: 'input/output error',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  ENXIO: 'no such device or address',
  EBADF: 'not an open file descriptor',
  ECONNREFUSED: 'connection refused',
  EPIPE: 'the reader has gone away',
  EXDEV: 'on another file system than its folder',
  EBUSY: 'busy (a mount point?)',
};
