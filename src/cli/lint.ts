import { Option, type Command } from 'commander';
import { UsageError } from '../core/errors';
import { lintFormatNames, type LintFormatName } from '../formatters/lint/names';
import type { CliIO } from './io';
import type { SetExitCode } from './program';

const EXAMPLES = `
Examples:
  $ sla lint                                  lint every *.sla.yaml below the current folder
  $ sla lint agreements/ shop.sla.yaml        lint a folder and a file
  $ sla lint 'contracts/**/*.sla.yaml'        lint what a glob matches
  $ cat shop.sla.yaml | sla lint -            lint standard input
  $ sla lint --format sarif --out sla.sarif
                                              SARIF for GitHub code scanning
  $ sla lint --format github                  annotations in a GitHub Actions log
  $ sla lint --format gitlab --output gl-code-quality.json
                                              GitLab Code Quality (docs/ci.md)
  $ sla lint --max-warnings 0 --rule data-file-exists:off

Exit codes: 0 clean; 1 errors, or more warnings than --max-warnings; 2 usage,
config or I/O error. Rules are configured in ${'.slarc.yaml'} (found upward from each
file) and silenced inline with "# sla-disable-next-line <rule> -- reason".
`;

function parseMaxWarnings(value: string): number {
  if (!/^-?\d+$/.test(value)) throw new UsageError(`--max-warnings expects a whole number, got '${value}'`);
  return Number(value);
}

export function registerLint(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  program
    .command('lint')
    .description('check agreements against the schema and the rules (for CI)')
    .argument('[paths...]', 'files, folders, globs, or - for standard input', [])
    .addOption(new Option('-f, --format <format>', 'output format').choices([...lintFormatNames]).default('stylish'))
    .option('-o, --out <file>', 'write the report to a file (atomically) instead of standard output')
    // --output: the name this flag had before every command said --out
    .addOption(new Option('--output <file>').hideHelp())
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseMaxWarnings)
    .option('-q, --quiet', 'report errors only', false)
    .option('--rule <id:severity>', 'set a rule to off, warning or error (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], opts: { format: LintFormatName; out?: string; output?: string; maxWarnings?: number; quiet: boolean; rule?: string[] }) => {
      if (opts.out !== undefined && opts.output !== undefined) throw new UsageError('--out and --output are the same flag: give it once');
      const { lintCommand } = await import('./lint-command');
      setExitCode(
        await lintCommand({ paths, format: opts.format, out: opts.out ?? opts.output, maxWarnings: opts.maxWarnings, quiet: opts.quiet, rules: opts.rule ?? [] }, io),
      );
    });
}
