import * as fs from 'fs';
import * as path from 'path';
import { SlaError } from '../core/errors';
import type { LoadedDocument } from '../core/load';
import type { Agreement } from '../core/model';
import { lintDocument } from '../lint/run';
import { dataHeaderReader } from '../io/data-header';
import type { CliIO } from './io';
import { lintConfigFinder, rulesFor } from './lint-config';

/**
 * `render` and `evaluate` refuse an agreement that `sla lint` rejects, with
 * its errors as `FILE:LINE:COLUMN: message (rule)` (warnings stay with lint).
 * The same config files apply as for `sla lint`. `render` exits 1 (the
 * document has findings); `evaluate` exits 2, because its 1 means a breached
 * target and a broken agreement must not read as one in CI.
 */
export function refuseOnLintErrors(doc: LoadedDocument, io: CliIO, exitCode = 1): Agreement {
  const dir = doc.file === '<stdin>' ? io.cwd : path.dirname(path.resolve(io.cwd, doc.file));
  const rules = rulesFor(lintConfigFinder(), dir);
  const errors = lintDocument(doc, { rules, fileExists: (rel) => fs.existsSync(path.resolve(dir, rel)), fileHeader: dataHeaderReader(dir) }).filter((f) => f.severity === 'error');
  if (errors.length === 0) return doc.data as unknown as Agreement;
  const lines = errors.map((f) => `  ${f.file}:${f.range.start.line}:${f.range.start.column}: ${f.message} (${f.ruleId})`);
  const count = `${errors.length} lint error${errors.length === 1 ? '' : 's'}`;
  throw new SlaError(`${doc.file} has ${count}; fix ${errors.length === 1 ? 'it' : 'them'} first (sla lint ${doc.file}):\n${lines.join('\n')}`, exitCode);
}
