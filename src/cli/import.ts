import type { Command } from 'commander';
import type { CliIO } from './io';
import type { SetExitCode } from './program';

const EXAMPLES = `
Examples:
  $ sla import openslo slos.yaml > imported.sla.yaml
  $ sla import openslo service.yaml sli.yaml slo.yaml --out api.sla.yaml --start 2026-01-01
  $ sla import openslo slos.yaml --out api.sla.yaml && sla lint api.sla.yaml

Reads OpenSLO v1 documents (Service, SLI, SLO) and writes an agreement
skeleton that lints clean: a service per Service, a metric and a data source
per SLO. What OpenSLO does not say (the parties, the columns of the data,
a calendar period for a rolling window, duration: 1m where a month was meant)
is guessed; every guess is listed on stderr and at the top of the file.

Exit codes: 0 written; 2 a file that is not OpenSLO v1, or usage error.
`;

export function registerImport(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  const imp = program
    .command('import')
    .description('an agreement skeleton from other formats: OpenSLO')
    .addHelpText('after', '\nExamples:\n  $ sla import openslo slos.yaml --out imported.sla.yaml\n\nSee sla help import openslo.\n');
  imp
    .command('openslo')
    .description('write an agreement skeleton from OpenSLO v1 documents, saying what it guessed')
    .argument('<files...>', 'OpenSLO YAML files (several documents each), or - for standard input')
    .option('-o, --out <file>', 'write to a file (atomically) instead of standard output')
    .option('--start <date>', 'first day of the term when no SLO calendar gives one (default: 1 January of this year)')
    .addHelpText('after', EXAMPLES)
    .action(async (files: string[], opts: { out?: string; start?: string }) => {
      const { importOpenSloCommand } = await import('./import-openslo-command');
      setExitCode(await importOpenSloCommand({ files, ...opts }, io));
    });
}
