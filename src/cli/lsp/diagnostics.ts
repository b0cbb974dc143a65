import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding, Position as SlaPosition } from '../../core/diagnostic';
import { isSlaError } from '../../core/errors';
import { loadDocument } from '../../core/load';
import { helpUri } from '../../lint/result';
import { lintDocument } from '../../lint/run';
import { lintConfigFinder, rulesFor } from '../lint-config';
import { DiagnosticSeverity, type TextDocument } from './vendor';

/** The file behind a document URI, or undefined for an unsaved (`untitled:`) document. */
export function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

const toPosition = (p: SlaPosition) => ({ line: p.line - 1, character: p.column - 1 });

/** A finding as an editor shows it: rule id as the code, linked to the rule's page. */
export function toDiagnostic(f: Finding): Diagnostic {
  return {
    range: { start: toPosition(f.range.start), end: toPosition(f.range.end) },
    severity: f.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: f.ruleId,
    codeDescription: { href: helpUri(f.ruleId) },
    source: 'sla',
    message: f.message,
  };
}

/**
 * What `sla lint FILE` reports for the document's current text, by lint's own
 * functions: the `.slarc.yaml` files found upward from the document's folder
 * (read afresh each time, so an edited config applies at the next change),
 * inline directives, and files named by the agreement looked up beside it.
 * An unsaved document is linted as standard input would be, from `cwd`.
 */
export function diagnose(doc: TextDocument, cwd: string): Diagnostic[] {
  const file = filePath(doc.uri);
  const dir = file ? path.dirname(file) : cwd;
  let rules;
  try {
    rules = rulesFor(lintConfigFinder(), dir);
  } catch (e) {
    if (!isSlaError(e)) throw e;
    // As `sla lint` stops at a broken config file, so does the editor, saying where.
    const start = { line: 0, character: 0 };
    return [{ range: { start, end: start }, severity: DiagnosticSeverity.Error, code: 'config', source: 'sla', message: e.message }];
  }
  const loaded = loadDocument(Buffer.from(doc.getText(), 'utf8'), file ?? '<stdin>');
  const findings = lintDocument(loaded, { rules, fileExists: (rel) => fs.existsSync(path.resolve(dir, rel)) });
  return findings.map(toDiagnostic);
}
