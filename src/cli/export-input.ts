import * as path from 'path';
import { UsageError } from '../core/errors';
import { loadDocument } from '../core/load';
import type { Agreement } from '../core/model';
import { readBytes, readStdin, STDIN } from '../io/files';
import { configInputs, type InputList } from '../io/output';
import type { CliIO } from './io';
import { refuseOnLintErrors } from './lint-gate';

/** The agreement an export reads (a file or - for standard input), refused with lint errors (exit 2), and the inputs an --out must not be. */
export async function readAgreementToExport(file: string, io: CliIO): Promise<{ agreement: Agreement; inputs: InputList }> {
  const fromStdin = file === STDIN;
  const doc = loadDocument(fromStdin ? await readStdin(io.stdin) : readBytes(file, io.cwd), fromStdin ? '<stdin>' : file);
  const agreement = refuseOnLintErrors(doc, io, 2);
  const source = fromStdin ? [] : [{ path: path.resolve(io.cwd, file), what: 'the agreement' }];
  return { agreement, inputs: [...source, ...configInputs(source.map((s) => path.dirname(s.path)))] };
}

/** `NAME=VALUE` flags (repeatable) as a map. */
export function pairs(flag: string, values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq <= 0 || eq === v.length - 1) throw new UsageError(`${flag} expects NAME=VALUE, got '${v}'`);
    out[v.slice(0, eq)] = v.slice(eq + 1);
  }
  return out;
}
