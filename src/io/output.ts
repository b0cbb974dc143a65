import * as path from 'path';
import { InputError, isSlaError } from '../core/errors';
import { describeErrno } from './errno';
import { ReplaceError, replaceFile } from './output-file';
import { refuseInputs, type InputList } from './output-inputs';
import { writeDevice, writeFd, writeSocket, writeStream, type OutputStream } from './output-stream';
import { outputTarget, type OutputTarget } from './output-target';

export { configInputs, dataInputs, type InputList } from './output-inputs';
export type { OutputStream } from './output-stream';

/** Text made as it is written (a large report), so that it never exists whole; files get the pieces joined. */
export interface TextPieces {
  pieces: Iterable<string>;
}

export interface OutputOptions {
  /** `--out`: a path (relative to io.cwd), or undefined or `-` for standard output. */
  out?: string;
  /** Where the run is: its working directory, and standard output (read only when written to). */
  io: { readonly cwd: string; readonly stdout: OutputStream };
  /** The files the run reads: an `out` that is one of them is refused. */
  inputs?: InputList;
  /** Text to standard output ends with a newline (files get the text as it is). */
  finalNewline?: boolean;
}

/**
 * Where `options.out` goes, checked: a usage error if it is one of the run's
 * inputs, an input error if it cannot be written (a directory, a missing
 * folder). A command may call it before long work, so that a run it would
 * refuse at the end fails at once; writeOutput checks again.
 */
export function checkOutput(options: OutputOptions): OutputTarget {
  let target: OutputTarget;
  try {
    target = outputTarget(options.out, options.io.cwd, process.pid);
  } catch (e) {
    throw writeError(options, e);
  }
  refuseInputs(options.out as string, target, options.inputs ?? [], options.io.cwd);
  return target;
}

/**
 * Writes a command's result, the one way every command does (see
 * OutputTarget): standard output, a stream written in place (a device, a
 * FIFO, a socket, an open descriptor), or a regular file replaced
 * atomically with its mode and owner kept. A closed pipe ends the output
 * quietly; any other failure is a one-line InputError (exit 2), and an
 * existing file is left as it was.
 */
export async function writeOutput(data: string | Uint8Array | TextPieces, options: OutputOptions): Promise<void> {
  const target = checkOutput(options);
  try {
    if (target.kind === 'stdout') {
      if (isPieces(data)) return await writePieces(options.io, data, options.finalNewline === true);
      if (data.length === 0) return;
      const text = options.finalNewline && typeof data === 'string' && !data.endsWith('\n') ? `${data}\n` : data;
      await writeStream(options.io.stdout, text);
      return;
    }
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : isPieces(data) ? Buffer.from([...data.pieces].join(''), 'utf8') : data;
    if (target.kind === 'file') await replaceFile(target.path, target.existing, bytes);
    else if (target.kind === 'fd') await writeFd(target.fd, bytes);
    else if (target.kind === 'socket') await writeSocket(target.path, bytes);
    else await writeDevice(target.path, bytes);
  } catch (e) {
    throw writeError(options, e, target);
  }
}

const isPieces = (data: string | Uint8Array | TextPieces): data is TextPieces => typeof data === 'object' && 'pieces' in data;

/** Each piece as it is made; a final newline when asked for and the text has none (no text: standard output is not even opened). */
async function writePieces(io: OutputOptions['io'], data: TextPieces, finalNewline: boolean): Promise<void> {
  let last = '';
  for (const piece of data.pieces) {
    if (piece.length === 0) continue;
    await writeStream(io.stdout, piece);
    last = piece;
  }
  if (finalNewline && last !== '' && !last.endsWith('\n')) await writeStream(io.stdout, '\n');
}

/** A failed system call as one line naming the output; anything else (a bug) is passed on as it is. */
function writeError(options: OutputOptions, e: unknown, target?: OutputTarget): unknown {
  const errno = e instanceof ReplaceError ? e.reason : (e as NodeJS.ErrnoException | null);
  if (isSlaError(e) || typeof errno?.code !== 'string') return e;
  const out = options.out;
  if (out === undefined || out === '-' || target?.kind === 'stdout') {
    return new InputError(`cannot write standard output: ${describeErrno(e as NodeJS.ErrnoException)}`);
  }
  if (!(e instanceof ReplaceError)) return new InputError(`cannot write ${out}: ${describeErrno(e as NodeJS.ErrnoException)}`);
  const code = e.reason.code ?? '';
  if (e.step === 'create' && (code === 'EACCES' || code === 'EPERM')) {
    const folder = target?.kind === 'file' ? path.relative(options.io.cwd, path.dirname(target.path)) || '.' : path.dirname(out);
    return new InputError(`cannot write ${out}: its folder ${folder} is not writable (a new file is written beside the old one, then renamed over it)`);
  }
  if (e.step === 'rename' && (code === 'EXDEV' || code === 'EBUSY')) {
    return new InputError(`cannot write ${out}: it is a mount point (another file system than its folder), so it cannot be replaced atomically; write to another path`);
  }
  return new InputError(`cannot write ${out}: ${describeErrno(e.reason)}`);
}
