import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadDocument } from '../../../src/core/load';
import { validateAgreement } from '../../../src/core/validate';
import { runRule } from '../../../src/lint/context';
import { builtinRules } from '../../../src/lint/rules';
import { FIXTURES, load, where } from './lint-fixture';
import { readFileSync } from 'node:fs';

const folders = readdirSync(FIXTURES).sort();
const files = folders.flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => f.endsWith('.sla.yaml'))
    .map((f) => join(dir, f)),
);

describe('the rule fixtures', () => {
  it('has a folder with a good and a bad case for every rule, and nothing else', () => {
    expect(folders).toEqual(builtinRules.map((r) => r.id).sort());
    for (const dir of folders) {
      const names = files.filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1));
      expect(names).toContain('good.sla.yaml');
      expect(names.some((n) => /^bad.*\.sla\.yaml$/.test(n))).toBe(true);
    }
  });

  // Rules run only on schema-valid agreements: a fixture the schema rejects would test a case lint never reaches.
  it.each(files)('%s is schema-valid and free of syntax problems', (file) => {
    const doc = loadDocument(readFileSync(join(FIXTURES, file)), file);
    expect(doc.findings).toEqual([]);
    expect(validateAgreement(doc).map((f) => f.message)).toEqual([]);
  });

  // Each bad fixture shows one rule's problem, so every other rule stays quiet on it; good fixtures are clean throughout.
  it.each(files)('%s gives findings only from its own rule', (file) => {
    const own = file.split('/')[0];
    const doc = load(join(FIXTURES, file));
    const others = builtinRules
      .filter((r) => r.id !== own)
      .flatMap((r) => runRule(r, doc, { severity: r.defaultSeverity, fileExists: () => true }));
    expect(where(others)).toEqual([]);
  });
});
