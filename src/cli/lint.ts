import * as fs from 'fs';
import * as path from 'path';
import { Option, type Command } from 'commander';
import { UsageError } from '../core/errors';
import { suggest } from '../core/suggest';
import { loadDocument } from '../core/load';
import { lintFormatters, type LintFormatName } from '../formatters/lint';
import { writeFileAtomic } from '../io/atomic-write';
import { ConfigFinder } from '../io/config-files';
import { expandPaths, readBytes, readStdin, STDIN } from '../io/files';
import { parseRuleFlag, type RuleSetting } from '../lint/config';
import { lintExitCode } from '../lint/exit-code';
import type { LintResult } from '../lint/result';
import { configurableRuleIds, lintDocument, ruleCatalog, toFileResult } from '../lint/run';
import { useColor, type CliIO } from './io';
import type { SetExitCode } from './program';

export interface LintCommandOptions {
  paths: string[];
  format: LintFormatName;
  output?: string;
  maxWarnings?: number;
  quiet: boolean;
  /** `--rule id:severity`, applied over the config files. */
  rules: string[];
}

const STDIN_NAME = '<stdin>';

/** Lints files and prints the report; resolves to the exit code. */
export async function lintCommand(options: LintCommandOptions, io: CliIO): Promise<number> {
  const overrides: Record<string, RuleSetting> = Object.fromEntries(options.rules.map((r) => parseRuleFlag(r, configurableRuleIds, suggest)));
  const files = expandPaths(options.paths, io.cwd);
  const configs = new ConfigFinder(configurableRuleIds, suggest);
  const result: LintResult = { files: [], errorCount: 0, warningCount: 0, rules: [...ruleCatalog] };
  for (const file of files) {
    const isStdin = file === STDIN;
    const bytes = isStdin ? await readStdin(io.stdin) : readBytes(file, io.cwd);
    const dir = isStdin ? io.cwd : path.dirname(path.resolve(io.cwd, file));
    const rules = { ...configs.rulesFor(dir), ...overrides };
    const fileExists = (rel: string): boolean => fs.existsSync(path.resolve(dir, rel));
    const name = isStdin ? STDIN_NAME : file;
    let findings = lintDocument(loadDocument(bytes, name), { rules, fileExists });
    if (options.quiet) findings = findings.filter((f) => f.severity === 'error');
    const fileResult = toFileResult(name, findings);
    result.files.push(fileResult);
    result.errorCount += fileResult.errorCount;
    result.warningCount += fileResult.warningCount;
  }
  const stream = options.output ? { isTTY: false } : io.stdout;
  const text = lintFormatters[options.format](result, { color: useColor(stream, io.env), cwd: io.cwd });
  if (options.output) writeFileAtomic(path.resolve(io.cwd, options.output), text);
  else if (text !== '') io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return lintExitCode(result, options.maxWarnings);
}

const EXAMPLES = `
Examples:
  $ sla lint                                  lint every *.sla.yaml below the current folder
  $ sla lint agreements/ shop.sla.yaml        lint a folder and a file
  $ sla lint 'contracts/**/*.sla.yaml'        lint what a glob matches
  $ cat shop.sla.yaml | sla lint -            lint standard input
  $ sla lint --format sarif --output sla.sarif
                                              SARIF for GitHub code scanning
  $ sla lint --format github                  annotations in a GitHub Actions log
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
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(lintFormatters)).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseMaxWarnings)
    .option('-q, --quiet', 'report errors only', false)
    .option('--rule <id:severity>', 'set a rule to off, warning or error (repeatable)', (v: string, prev: string[] = []) => [...prev, v])
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], opts: { format: LintFormatName; output?: string; maxWarnings?: number; quiet: boolean; rule?: string[] }) => {
      setExitCode(
        await lintCommand({ paths, format: opts.format, output: opts.output, maxWarnings: opts.maxWarnings, quiet: opts.quiet, rules: opts.rule ?? [] }, io),
      );
    });
}
