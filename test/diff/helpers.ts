import { readFileSync } from 'fs';
import * as path from 'path';
import { loadDocument } from '../../src/core/load';
import { validateAgreement } from '../../src/core/validate';

export const ROOT = path.resolve(__dirname, '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/diff');

/** An agreement's data, loaded and schema-checked as the command does. */
export function agreement(file: string): Record<string, unknown> {
  const doc = loadDocument(readFileSync(file), file);
  if (doc.data === null || doc.findings.some((f) => f.severity === 'error')) throw new Error(`${file} does not load`);
  const findings = validateAgreement(doc);
  if (findings.length > 0) throw new Error(`${file}: ${findings.map((f) => f.message).join('; ')}`);
  return doc.data;
}

export function fixture(kind: string): { before: Record<string, unknown>; after: Record<string, unknown> } {
  return { before: agreement(path.join(FIXTURES, kind, 'old.sla.yaml')), after: agreement(path.join(FIXTURES, kind, 'new.sla.yaml')) };
}
