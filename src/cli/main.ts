import { Command, CommanderError } from 'commander';
import { escapeControls } from '../core/control-chars';
import { isSlaError } from '../core/errors';
import { processIO, type CliIO } from './io';
import { registerCommands } from './program';

export { processIO };

/**
 * Runs the CLI and resolves to the exit code. The one place where errors
 * become exit codes and messages; nothing below bin/ calls process.exit.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const program = new Command('sla');
  let exitCode = 0;
  program
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(escapeControls(s)),
      outputError: (s, write) => write(s),
    })
    .showSuggestionAfterError(true);
  registerCommands(program, io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (e) {
    return exitCodeOf(e, io);
  }
}

function exitCodeOf(e: unknown, io: CliIO): number {
  if (e instanceof CommanderError) {
    // help and version exit 0; any other commander error is a usage error.
    return e.exitCode === 0 ? 0 : 2;
  }
  if (isSlaError(e)) {
    // messages may quote agreements and data: no escape sequence reaches the terminal or the CI log
    io.stderr.write(`sla: ${escapeControls(e.message)}\n`);
    return e.exitCode;
  }
  const err = e as NodeJS.ErrnoException;
  if (err && typeof err.code === 'string' && err.code === 'EPIPE') return 0;
  io.stderr.write(`sla: internal error: ${escapeControls(err?.message ?? String(e))}\n`);
  if (io.env.SLA_DEBUG) io.stderr.write(`${err?.stack ?? ''}\n`);
  return 2;
}
