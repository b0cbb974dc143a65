import * as fs from 'fs';
import * as zlib from 'zlib';
import { InputError } from '../core/errors';
import { describeErrno } from './errno';

/** Where a data file's bytes come from: a path (plain or .gz) or standard input ('-'). */
export interface DataBytes {
  path: string;
  display: string;
  /** Read when path is '-'. */
  stdin?: NodeJS.ReadableStream;
  /** Bytes read from the file (compressed bytes for .gz), for a progress bar. */
  onBytes?: (bytes: number) => void;
}

export function isGzip(path: string): boolean {
  return /\.gz$/i.test(path);
}

/** The file's bytes in chunks, decompressed when it ends in .gz; errors become clear input errors. */
export async function* dataChunks(source: DataBytes): AsyncGenerator<Buffer> {
  let stream: NodeJS.ReadableStream;
  if (source.path === '-') {
    if (!source.stdin) throw new InputError(`${source.display}: no standard input to read`);
    stream = source.stdin;
  }
  else {
    const raw = fs.createReadStream(source.path, { highWaterMark: 1 << 20 });
    if (source.onBytes) {
      const report = source.onBytes;
      raw.on('data', (chunk) => report(chunk.length));
    }
    if (isGzip(source.path)) {
      const gunzip = zlib.createGunzip({ chunkSize: 1 << 20 });
      raw.on('error', (e) => gunzip.destroy(e));
      stream = raw.pipe(gunzip);
    } else stream = raw;
  }
  try {
    for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
  } catch (e) {
    throw readError(e, source.display);
  }
}

export function readError(e: unknown, display: string): unknown {
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.code !== 'string') return e;
  if (err.code.startsWith('Z_')) return new InputError(`${display}: not a valid gzip file (${err.message})`);
  return new InputError(`cannot read ${display}: ${describeErrno(err)}`);
}

/** The first bytes of a regular file (decompressed for .gz), to tell JSON from CSV; null for other files. */
export function firstBytes(path: string, count = 256): Buffer | null {
  try {
    if (path === '-' || !fs.statSync(path).isFile()) return null;
    const fd = fs.openSync(path, 'r');
    try {
      const buf = Buffer.alloc(isGzip(path) ? 64 * 1024 : count);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      if (!isGzip(path)) return buf.subarray(0, n);
      try {
        return zlib.gunzipSync(buf.subarray(0, n), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).subarray(0, count);
      } catch {
        return null;
      }
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return null;
  }
}
