import { Option, type Command } from 'commander';
import { UsageError } from '../core/errors';
import type { CliIO } from './io';
import type { SetExitCode } from './program';

export const DEFAULT_DEBOUNCE_MS = 20;

const EXAMPLES = `
Examples:
  $ sla lsp --stdio                           what an editor runs (docs/editors.md)
  $ npx sla lsp --stdio                       the project's own sla, from node_modules
  $ sla lsp --stdio --debounce 100            lint 100 ms after the last keystroke

The server publishes the findings of \`sla lint\` (the same rules, .slarc.yaml
files found upward from each document, inline sla-disable directives) when a
document opens and after each change, and offers hover help and completion
from the agreement schema, go-to-definition on ids and quick fixes for
misspelt keys and ids. It runs until the editor stops it.
`;

function parseDebounce(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 10000) throw new UsageError(`--debounce expects milliseconds from 0 to 10000, got '${value}'`);
  return Number(value);
}

export function registerLsp(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  program
    .command('lsp')
    .description('run the language server for editors (LSP over standard input and output)')
    .option('--stdio', 'talk over standard input and output (the default and only transport)')
    .option('--debounce <ms>', 'milliseconds between a change and the lint that follows', parseDebounce, DEFAULT_DEBOUNCE_MS)
    // Clients that start the server as a Node module add this; the protocol library reads it.
    .addOption(new Option('--clientProcessId <pid>').hideHelp())
    .addHelpText('after', EXAMPLES)
    .action(async (opts: { debounce: number }, command: Command) => {
      // A server runs for hours: the optimising compiler pays back (bin/sla.js holds it back for short runs).
      io.longRun?.();
      const { startServer } = await import('./lsp/server');
      const output = io.stdout as unknown as NodeJS.WritableStream;
      setExitCode(await startServer({ debounceMs: opts.debounce, version: command.parent?.version() ?? '', cwd: io.cwd, input: io.stdin, output }));
    });
}
