import { Readable } from 'stream';
import type { CliIO } from '../../src/cli/io';

/** An in-memory CliIO for command tests: what was written, and stdin from a string. */
export function fakeIO(options: { cwd: string; stdin?: string; env?: Record<string, string>; tty?: boolean }) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: { write: (s: string | Uint8Array) => out.push(String(s)), isTTY: options.tty ?? false },
    stderr: { write: (s: string | Uint8Array) => err.push(String(s)), isTTY: options.tty ?? false },
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]) as unknown as CliIO['stdin'],
    cwd: options.cwd,
    env: options.env ?? {},
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
