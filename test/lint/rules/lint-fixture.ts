import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Finding, Severity } from '../../../src/core/diagnostic';
import { loadDocument, type LoadedDocument } from '../../../src/core/load';
import { dataHeaderReader } from '../../../src/io/data-header';
import { runRule } from '../../../src/lint/context';
import type { Rule } from '../../../src/lint/rule';

export const FIXTURES = resolve(__dirname, '../../fixtures/lint');

export function load(file: string): LoadedDocument {
  const doc = loadDocument(readFileSync(file), file);
  if (doc.data === null) throw new Error(`${file} does not load: ${doc.findings.map((f) => f.message).join('; ')}`);
  return doc;
}

/** Runs one rule over a file the way the lint runner does, with the real file system for `fileExists` and `fileHeader`. */
export function lintFile(rule: Rule, file: string, options: Record<string, unknown> = {}, severity: Severity = rule.defaultSeverity): Finding[] {
  const doc = load(file);
  return runRule(rule, doc, { severity, options, fileExists: (p) => existsSync(join(dirname(file), p)), fileHeader: dataHeaderReader(dirname(file)) });
}

export const fixture = (ruleId: string, name: string): string => join(FIXTURES, ruleId, name);

/** `line:column message` per finding, in order, for exact comparisons. */
export const where = (findings: readonly Finding[]): string[] =>
  findings.map((f) => `${f.range.start.line}:${f.range.start.column} ${f.severity} ${f.message}`);
