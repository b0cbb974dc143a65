import * as fs from 'fs';
import * as path from 'path';
import type { Command } from 'commander';
import { InputError, UsageError } from '../core/errors';
import { assetPath } from '../io/assets';
import { writeOutput } from '../io/output';
import type { CliIO } from './io';
import type { SetExitCode } from './program';

export const DEFAULT_INIT_FILE = 'agreement.sla.yaml';

/** The starter's first line, which tells editors (yaml-language-server) where the schema is. */
const MODELINE = /^# yaml-language-server: \$schema=\S*/;

/**
 * The installed package's schema as a path relative to the agreement's
 * folder (editors read it so, with no network). It works for everyone
 * only when sla is installed in the project: in a node_modules folder
 * beside the agreement or above it.
 */
export function schemaPathFor(target: string): { ref: string; shared: boolean } {
  const schema = assetPath('schemas', 'agreement.schema.json');
  const relative = path.relative(path.dirname(target), schema).split(path.sep).join('/');
  if (path.isAbsolute(relative)) return { ref: relative, shared: false };
  const ref = relative.startsWith('../') ? relative : `./${relative}`;
  return { ref, shared: /^(\.\/|(\.\.\/)+)node_modules\/[^/]+\/schemas\/agreement\.schema\.json$/.test(ref) };
}

/** Writes the commented starter agreement; never overwrites a file. */
export async function initCommand(file: string, io: CliIO, schema?: string): Promise<number> {
  if (schema !== undefined && !/^\S+$/.test(schema)) throw new UsageError(`--schema expects a path or URL without spaces, got '${schema}'`);
  const target = path.resolve(io.cwd, file);
  if (fs.existsSync(target)) throw new InputError(`${file} already exists; sla init does not overwrite files (choose another name)`);
  const own = schemaPathFor(target);
  const ref = schema ?? own.ref;
  const starter = fs.readFileSync(assetPath('templates', 'starter.sla.yaml'), 'utf8');
  await writeOutput(starter.replace(MODELINE, `# yaml-language-server: $schema=${ref}`), { io, out: file });
  io.stdout.write(`Wrote ${file}. Next: edit it, then run  sla lint ${file}\n`);
  if (schema === undefined && !own.shared) {
    io.stdout.write(`Its first line points editors at ${ref}, outside the project; see \`sla help init\` for one that works for everyone.\n`);
  }
  return 0;
}

export function registerInit(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  program
    .command('init')
    .description('write a commented starter agreement that lints clean')
    .argument('[file]', 'where to write it', DEFAULT_INIT_FILE)
    .option('--schema <path-or-url>', "what the first line points editors at (default: this sla's schema, as a relative path)")
    .addHelpText(
      'after',
      `
Examples:
  $ sla init                         writes ${DEFAULT_INIT_FILE}
  $ sla init hosting.sla.yaml
  $ sla init hosting.sla.yaml && sla lint hosting.sla.yaml
  $ sla schema --out agreement.schema.json && sla init --schema ./agreement.schema.json
  $ sla init --schema https://cdn.jsdelivr.net/npm/sla@0/schemas/agreement.schema.json

The first line, "# yaml-language-server: $schema=...", gives editors the
schema (completion, hover, checks) without a network: by default the
relative path to the schema of the sla that ran, which every clone of the
project finds when sla is a dependency of it (npm install --save-dev sla).
Otherwise copy the schema beside the agreements (sla schema --out) or name
the published one.

Exit codes: 0 written; 2 the file exists or cannot be written.
`,
    )
    .action(async (file: string, opts: { schema?: string }) => setExitCode(await initCommand(file, io, opts.schema)));
}
