import { describeErrno } from '../io/errno';
import { guardStream } from '../io/output-stream';

/**
 * Everything a command may touch of the outside world, passed in so that
 * command tests run in-process with a fake (STYLE.md: commands are functions
 * of typed options). Only bin/ and this file's `processIO` read `process`.
 */
export interface CliIO {
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean; columns?: number };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
  /**
   * Called before work that runs long enough for the optimising compiler to
   * pay back (bin/sla.js keeps it off for short runs); absent in tests.
   */
  longRun?: () => void;
}

/**
 * The streams are getters: Node makes each on first use, and standard input
 * in particular opens a read stream whose set-up keeps the event loop busy
 * for ~10 ms after a command that never reads it has finished.
 */
export function processIO(hooks: Pick<CliIO, 'longRun'> = {}): CliIO {
  return {
    longRun: hooks.longRun,
    // guarded: an 'error' event on them (a closed pipe, a full disk) never crashes the run
    get stdout() {
      return guardStream(process.stdout, onStdoutError);
    },
    get stderr() {
      return guardStream(process.stderr);
    },
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
  };
}

/** A write to standard output that no command awaited (help text) failed: say so, and end with 2. */
function onStdoutError(error: NodeJS.ErrnoException): void {
  process.exitCode = 2;
  process.stderr.write(`sla: cannot write standard output: ${describeErrno(error)}\n`);
}

/**
 * Colour is decided once, here: FORCE_COLOR wins, then NO_COLOR, then
 * whether the stream is a terminal.
 */
export function useColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}
