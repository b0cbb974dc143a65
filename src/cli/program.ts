import type { Command } from 'commander';
import type { CliIO } from './io';
import { registerDiff } from './diff';
import { registerEvaluate } from './evaluate';
import { registerExport } from './export';
import { registerImport } from './import';
import { registerInit } from './init';
import { registerLint } from './lint';
import { registerLsp } from './lsp';
import { registerRender } from './render';
import { registerSchema } from './schema';

/** Sets the run's exit code (the last call wins). */
export type SetExitCode = (code: number) => void;

declare const __SLA_VERSION__: string | undefined;
export const VERSION: string = typeof __SLA_VERSION__ === 'string' ? __SLA_VERSION__ : '0.0.0-dev';

const OVERVIEW = `
Examples:
  $ sla init shop.sla.yaml                    start an agreement from a commented template
  $ sla lint                                  check every *.sla.yaml below this folder
  $ sla render shop.sla.yaml --out shop.pdf   the contract document (md, html or pdf)
  $ sla evaluate shop.sla.yaml --from 2026-09 --to 2026-11
                                              targets met or breached, credits owed
  $ sla diff main:shop.sla.yaml shop.sla.yaml  an amendment explained: what changed, whom it favours
  $ sla export sql shop.sla.yaml --dialect duckdb   the evaluation's aggregation, for your SQL engine
  $ sla export openslo shop.sla.yaml          the agreement as OpenSLO (also: prometheus rules)
  $ sla import openslo slos.yaml              an agreement skeleton from OpenSLO
  $ sla lsp --stdio                           the language server editors start
  $ sla help lint                             a command's flags and examples

Exit codes: 0 success; 1 findings, breaches or too many warnings; 2 usage,
configuration or input errors.
`;

/** Registers every command; each lives in its own file. */
export function registerCommands(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  program
    .version(VERSION, '-v, --version', 'print the version of sla')
    .description('SLA-as-code: lint, render and evaluate service level agreements written in YAML.')
    .addHelpText('after', OVERVIEW)
    .helpCommand('help [command]', 'show help for a command, with examples');
  registerLint(program, io, setExitCode);
  registerRender(program, io, setExitCode);
  registerEvaluate(program, io, setExitCode);
  registerDiff(program, io, setExitCode);
  registerExport(program, io, setExitCode);
  registerImport(program, io, setExitCode);
  registerInit(program, io, setExitCode);
  registerSchema(program, io, setExitCode);
  registerLsp(program, io, setExitCode);
}
