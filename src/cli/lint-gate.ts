import * as fs from 'fs';
import * as path from 'path';
import { SlaError } from '../core/errors';
import type { LoadedDocument } from '../core/load';
import type { Agreement } from '../core/model';
import { suggest } from '../core/suggest';
import { lintFormatters } from '../formatters/lint';
import { ConfigFinder } from '../io/config-files';
import { configurableRuleIds, lintDocument, toFileResult } from '../lint/run';
import { useColor, type CliIO } from './io';

/**
 * `render` and `evaluate` refuse an agreement that `sla lint` rejects: they
 * print its errors (warnings stay with lint) and stop with exit code 1.
 * The same config files apply as for `sla lint`.
 */
export function refuseOnLintErrors(doc: LoadedDocument, io: CliIO): Agreement {
  const dir = doc.file === '<stdin>' ? io.cwd : path.dirname(path.resolve(io.cwd, doc.file));
  const rules = new ConfigFinder(configurableRuleIds, suggest).rulesFor(dir);
  const errors = lintDocument(doc, { rules, fileExists: (rel) => fs.existsSync(path.resolve(dir, rel)) }).filter((f) => f.severity === 'error');
  if (errors.length === 0) return doc.data as unknown as Agreement;
  const file = toFileResult(doc.file, errors);
  const report = lintFormatters.stylish({ files: [file], errorCount: file.errorCount, warningCount: 0, rules: [] }, { color: useColor(io.stderr, io.env), cwd: io.cwd });
  io.stderr.write(report.endsWith('\n') ? report : `${report}\n`);
  throw new SlaError(`${doc.file} has ${errors.length} lint error${errors.length === 1 ? '' : 's'}; fix ${errors.length === 1 ? 'it' : 'them'} first (sla lint ${doc.file})`, 1);
}
