import * as fs from 'fs';
import type { Command } from 'commander';
import { assetPath } from '../io/assets';
import { writeOutput } from '../io/output';
import type { CliIO } from './io';
import type { SetExitCode } from './program';

export async function schemaCommand(io: CliIO): Promise<number> {
  await writeOutput(fs.readFileSync(assetPath('schemas', 'agreement.schema.json'), 'utf8'), { io });
  return 0;
}

export function registerSchema(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  program
    .command('schema')
    .description('print the JSON Schema of the agreement format')
    .addHelpText(
      'after',
      `
Examples:
  $ sla schema > agreement.schema.json
  $ sla schema | jq '.properties.metrics'

Editors check and complete agreements that start with
  # yaml-language-server: $schema=<path or URL of the schema>
`,
    )
    .action(async () => setExitCode(await schemaCommand(io)));
}
