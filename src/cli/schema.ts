import * as fs from 'fs';
import type { Command } from 'commander';
import { assetPath } from '../io/assets';
import { writeOutput } from '../io/output';
import type { CliIO } from './io';
import type { SetExitCode } from './program';

/** Prints the agreement schema, or writes it to `out` (atomically; - is standard output). */
export async function schemaCommand(io: CliIO, out?: string): Promise<number> {
  await writeOutput(fs.readFileSync(assetPath('schemas', 'agreement.schema.json'), 'utf8'), { io, out });
  return 0;
}

export function registerSchema(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  program
    .command('schema')
    .description('print the JSON Schema of the agreement format')
    .option('-o, --out <file>', 'write it to a file (atomically); - for standard output')
    .addHelpText(
      'after',
      `
Examples:
  $ sla schema > agreement.schema.json
  $ sla schema --out contracts/agreement.schema.json
  $ sla schema | jq '.properties.metrics'

Editors check and complete agreements that start with
  # yaml-language-server: $schema=<path or URL of the schema>
(a path is relative to the agreement; sla init writes this line).
`,
    )
    .action(async (opts: { out?: string }) => setExitCode(await schemaCommand(io, opts.out)));
}
