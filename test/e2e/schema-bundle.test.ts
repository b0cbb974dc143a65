import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import { loadDocument } from '../../src/core/load';
import { validateAgreement } from '../../src/core/validate';
import { REFERENCE } from '../helpers/reference';
import { ROOT, runSla } from '../helpers/run-sla';

// The validator is one generated ES module (src/core/agreement-validator.generated.ts):
// ts-jest reads it as CommonJS, the build hoists it into the bundle with its
// runtime helpers (ucs2length for minLength). Both must say the same thing
// about every agreement, message for message and position for position.

const FIXTURES = join(ROOT, 'test/fixtures/schema');
const files = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.sla.yaml')).map((f) => join(FIXTURES, f)),
  ...readdirSync(REFERENCE).filter((f) => f.endsWith('.sla.yaml')).map((f) => join(REFERENCE, f)),
];

interface JsonFinding {
  ruleId: string;
  message: string;
  line: number;
  column: number;
}

describe('the schema in the built binary', () => {
  it.each(files.map((f) => relative(ROOT, f)))('finds in %s what the sources find', (file) => {
    const doc = loadDocument(readFileSync(join(ROOT, file)), file);
    const expected = validateAgreement(doc).map((f) => ({ ruleId: f.ruleId, message: f.message, line: f.range.start.line, column: f.range.start.column }));
    const r = runSla(['lint', '--format', 'json', '--rule', 'data-file-exists:off', file]);
    const [result] = JSON.parse(r.stdout) as { findings: JsonFinding[] }[];
    const schema = result!.findings.filter((m) => m.ruleId === 'schema').map(({ ruleId, message, line, column }) => ({ ruleId, message, line, column }));
    expect(schema).toEqual(expected);
  });

  it('counts characters as code points for minLength, as the sources do', () => {
    const text = readFileSync(join(FIXTURES, 'valid.sla.yaml'), 'utf8').replace(/^title: .*$/m, 'title: "\u{1F600}"');
    const r = runSla(['lint', '--format', 'json', '-'], { input: text });
    expect(JSON.parse(r.stdout)[0].findings.filter((m: JsonFinding) => m.ruleId === 'schema')).toEqual([]);
    const empty = runSla(['lint', '--format', 'json', '-'], { input: text.replace(/^title: .*$/m, 'title: ""') });
    expect(JSON.parse(empty.stdout)[0].findings.map((m: JsonFinding) => m.ruleId)).toContain('schema');
  });
});
