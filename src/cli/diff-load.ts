import * as fs from 'fs';
import * as path from 'path';
import { SlaError, UsageError } from '../core/errors';
import { loadDocument, type LoadedDocument } from '../core/load';
import { readBytes, readStdin, STDIN } from '../io/files';
import { parseRevisionPath, readRevision } from '../io/git';
import { lintDocument } from '../lint/run';
import type { CliIO } from './io';
import { lintConfigFinder, rulesFor } from './lint-config';

/**
 * One side of a diff: a file, `-` for standard input, or `REV:PATH` read
 * through git. A path that exists as a file is a file, even with a colon.
 */
export async function readSide(spec: string, io: CliIO): Promise<{ name: string; bytes: Uint8Array; dir: string }> {
  if (spec === STDIN) return { name: '<stdin>', bytes: await readStdin(io.stdin), dir: io.cwd };
  const local = path.resolve(io.cwd, spec);
  const revision = fs.existsSync(local) ? null : parseRevisionPath(spec);
  if (revision) return { name: spec, bytes: readRevision(revision.rev, revision.path, io.cwd), dir: io.cwd };
  return { name: spec, bytes: readBytes(spec, io.cwd), dir: path.dirname(local) };
}

/** The sides that are files here, as inputs an output must not replace. */
export function sideInputs(specs: readonly string[], cwd: string): { path: string; what: string }[] {
  return specs
    .filter((spec) => spec !== STDIN && fs.existsSync(path.resolve(cwd, spec)))
    .map((spec) => ({ path: path.resolve(cwd, spec), what: 'an agreement it compares' }));
}

/**
 * Loads and checks a side as `sla lint` would (its config files apply), but
 * data files are not looked for: a diff compares terms, not data. A side with
 * errors stops the run with exit 2 and its findings.
 */
export function loadSide(side: { name: string; bytes: Uint8Array; dir: string }, label: 'OLD' | 'NEW'): LoadedDocument {
  const doc = loadDocument(side.bytes, side.name);
  const rules = rulesFor(lintConfigFinder(), side.dir);
  const errors = lintDocument(doc, { rules, fileExists: () => true }).filter((f) => f.severity === 'error');
  if (errors.length === 0) return doc;
  const lines = errors.map((f) => `  ${f.file}:${f.range.start.line}:${f.range.start.column}: ${f.message} (${f.ruleId})`);
  throw new SlaError(`${label} ${side.name} is not a valid agreement (${errors.length} error${errors.length === 1 ? '' : 's'}):\n${lines.join('\n')}`, 2);
}

export function checkSides(before: string, after: string): void {
  if (before === STDIN && after === STDIN) throw new UsageError('only one side can be standard input (-)');
}
