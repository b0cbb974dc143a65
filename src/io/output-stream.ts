import * as fs from 'fs';

/**
 * A writable the CLI hands over for standard output (CliIO's stdout fits):
 * a Node stream, whose write callback and 'error' event carry failures, or
 * a plain object with just `write` (a test's fake), taken as always working.
 */
export interface OutputStream {
  write(chunk: string | Uint8Array, callback?: (error?: Error | null) => void): unknown;
  on?(event: 'error', listener: (error: Error) => void): unknown;
}

type ErrorListener = (error: NodeJS.ErrnoException) => void;

/** Streams whose reader has gone away (a closed pipe): what is written next is dropped. */
const closed = new WeakSet<object>();
/** Errors a writer here has already answered, so the stream's 'error' event is not reported twice. */
const answered = new WeakSet<object>();
const strays = new WeakMap<object, ErrorListener>();

/** EPIPE, or a write after the stream was destroyed by one: the reader is gone (`sla ... | head`). */
export function isClosedPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}

/**
 * Makes sure an 'error' event on the stream is never unhandled (Node would
 * print its stack and exit): a closed pipe is ignored, an error answered by
 * writeStream is ignored, and any other (from a write nobody awaited, such
 * as help text to a full disk) goes to `onStray`. Returns the stream.
 */
export function guardStream<T extends OutputStream>(stream: T, onStray?: ErrorListener): T {
  if (typeof stream.on !== 'function') return stream;
  if (!strays.has(stream)) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (answered.has(error) || isClosedPipe(error)) return;
      strays.get(stream)?.(error);
    });
  }
  if (onStray || !strays.has(stream)) strays.set(stream, onStray ?? (() => undefined));
  return stream;
}

/**
 * Writes to a stream and resolves once it has taken the data; a closed pipe
 * resolves quietly (and later writes are dropped), any other error rejects.
 * A long text goes a megabyte at a time: the stream encodes each piece into
 * a buffer of its own, and one buffer for a whole report (a per-resource
 * JSON report is 15 MB) is fresh memory the system hands out page by page.
 */
export async function writeStream(stream: OutputStream, data: string | Uint8Array): Promise<void> {
  if (typeof data !== 'string' || data.length <= CHUNK) return writeOnce(stream, data);
  for (let at = 0; at < data.length && !closed.has(stream); ) {
    let to = Math.min(at + CHUNK, data.length);
    // never between the two halves of a surrogate pair (each would be written as U+FFFD)
    if (to < data.length && isLowSurrogate(data.charCodeAt(to))) to--;
    await writeOnce(stream, data.slice(at, to));
    at = to;
  }
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function writeOnce(stream: OutputStream, data: string | Uint8Array): Promise<void> {
  if (closed.has(stream)) return Promise.resolve();
  if (typeof stream.on !== 'function') {
    stream.write(data);
    return Promise.resolve();
  }
  guardStream(stream);
  return new Promise((resolve, reject) => {
    stream.write(data, (error) => {
      if (!error) return resolve();
      answered.add(error);
      if (!isClosedPipe(error)) return reject(error);
      closed.add(stream);
      resolve();
    });
  });
}

const CHUNK = 1 << 20;

/**
 * Writes all of `data` in chunks of a megabyte, each awaited: the event loop
 * runs in between, so an interrupt is handled while a large file is written.
 */
export async function writeAll(handle: fs.promises.FileHandle, data: Uint8Array): Promise<void> {
  for (let at = 0; at < data.length; ) {
    const { bytesWritten } = await handle.write(data, at, Math.min(CHUNK, data.length - at));
    at += bytesWritten;
  }
}

/** Opens a device or FIFO (waiting for a FIFO's reader, as `cat > fifo` does) and writes in place; a reader that leaves is not an error. */
export async function writeDevice(file: string, data: Uint8Array): Promise<void> {
  const handle = await fs.promises.open(file, fs.constants.O_WRONLY | (fs.constants.O_NOCTTY ?? 0));
  try {
    await writeAll(handle, data);
  } catch (e) {
    if (!isClosedPipe(e)) throw e;
  } finally {
    await handle.close();
  }
}

/** Writes to a descriptor this process already has (/dev/fd/N), at its own offset and flags, and leaves it open. */
export async function writeFd(fd: number, data: Uint8Array): Promise<void> {
  for (let at = 0; at < data.length; ) {
    try {
      at += await new Promise<number>((resolve, reject) =>
        fs.write(fd, data, at, Math.min(CHUNK, data.length - at), null, (e, n) => (e ? reject(e) : resolve(n))),
      );
    } catch (e) {
      if (isClosedPipe(e)) return;
      // a descriptor shared with a non-blocking reader: wait for room
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

/** Connects to a Unix socket and sends the data. */
export async function writeSocket(file: string, data: Uint8Array): Promise<void> {
  const net = await import('net');
  await new Promise<void>((resolve, reject) => {
    const socket = net.createConnection({ path: file }, () => {
      socket.end(data, () => {
        socket.destroy();
        resolve();
      });
    });
    socket.on('error', (e) => (isClosedPipe(e) ? resolve() : reject(e)));
  });
}
