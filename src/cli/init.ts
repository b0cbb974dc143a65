import * as fs from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { InputError } from '../core/errors';
import { assetPath } from '../io/assets';
import { writeOutput } from '../io/output';
import type { CliIO } from './io';
import type { SetExitCode } from './program';

export const DEFAULT_INIT_FILE = 'agreement.sla.yaml';

/** Writes the commented starter agreement; never overwrites a file. */
export async function initCommand(file: string, io: CliIO): Promise<number> {
  const target = path.resolve(io.cwd, file);
  if (fs.existsSync(target)) throw new InputError(`${file} already exists; sla init does not overwrite files (choose another name)`);
  await writeOutput(fs.readFileSync(assetPath('templates', 'starter.sla.yaml'), 'utf8'), { io, out: file });
  io.stdout.write(`Wrote ${file}. Next: edit it, then run  sla lint ${file}\n`);
  return 0;
}

export function registerInit(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  program
    .command('init')
    .description('write a commented starter agreement that lints clean')
    .argument('[file]', 'where to write it', DEFAULT_INIT_FILE)
    .addHelpText(
      'after',
      `
Examples:
  $ sla init                         writes ${DEFAULT_INIT_FILE}
  $ sla init hosting.sla.yaml
  $ sla init hosting.sla.yaml && sla lint hosting.sla.yaml

Exit codes: 0 written; 2 the file exists or cannot be written.
`,
    )
    .action(async (file: string) => setExitCode(await initCommand(file, io)));
}
