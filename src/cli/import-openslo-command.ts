import * as path from 'path';
import { parseAllDocuments, stringify } from 'yaml';
import { escapeControls } from '../core/control-chars';
import { InputError, UsageError } from '../core/errors';
import { importOpenSlo } from '../import/openslo/import';
import { readBytes, readStdin, STDIN } from '../io/files';
import { checkOutput, writeOutput } from '../io/output';
import type { CliIO } from './io';

export interface ImportOpenSloOptions {
  files: string[];
  out?: string;
  /** First day of the term when no calendar gives one; default 1 January of this year. */
  start?: string;
  now?: () => number;
}

/** `sla import openslo`: an agreement skeleton from OpenSLO v1, every guess said on stderr and at the top of the file. */
export async function importOpenSloCommand(options: ImportOpenSloOptions, io: CliIO): Promise<number> {
  if (options.start !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.start)) throw new UsageError(`--start expects a date as YYYY-MM-DD, got '${options.start}'`);
  const inputs = options.files.filter((f) => f !== STDIN).map((f) => ({ path: path.resolve(io.cwd, f), what: 'an OpenSLO file' }));
  checkOutput({ io, out: options.out, inputs });
  const docs: unknown[] = [];
  for (const file of options.files) {
    const bytes = file === STDIN ? await readStdin(io.stdin) : readBytes(file, io.cwd);
    for (const doc of parseAllDocuments(Buffer.from(bytes).toString('utf8'))) {
      if (doc.errors.length > 0) {
        const e = doc.errors[0]!;
        const at = e.linePos?.[0];
        throw new InputError(`${file}${at ? `:${at.line}:${at.col}` : ''}: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
      }
      docs.push(doc.toJS());
    }
  }
  const start = options.start ?? `${new Date((options.now ?? Date.now)()).getUTCFullYear()}-01-01`;
  const { agreement, guesses } = importOpenSlo(docs, { start });
  for (const g of guesses) io.stderr.write(escapeControls(`sla: guessed: ${g}\n`));
  const header = ['# Imported from OpenSLO by `sla import openslo`. Check what it guessed:', ...guesses.map((g) => `#   - ${escapeControls(g).replace(/[\r\n]+/g, ' ')}`)].join('\n');
  await writeOutput(`${header}\n${stringify(agreement, { lineWidth: 0 })}`, { io, out: options.out, inputs });
  return 0;
}
