// The bundle uses the ES module twin of the generated validator
// (scripts/build.js); Jest and tsc read the CommonJS file. Both must be
// current and must say the same thing about every agreement.
import { execFileSync } from 'child_process';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import * as generated from '../../src/core/agreement-validator.generated';

const ROOT = join(__dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/schema');

describe('src/core/agreement-validator.generated.mjs', () => {
  it('is current', () => {
    const { generate, OUT_ESM } = require(join(ROOT, 'scripts/gen-validator.js'));
    expect(generate().esm).toBe(readFileSync(OUT_ESM, 'utf8'));
  });

  it('gives the same verdicts and errors as the CommonJS file, run as a real ES module', () => {
    const files = [
      ...readdirSync(FIXTURES).filter((f) => f.endsWith('.sla.yaml')),
      ...readdirSync(join(FIXTURES, '../reference')).filter((f) => f.endsWith('.sla.yaml')).map((f) => join('../reference', f)),
    ];
    const inputs = files.map((f) => parse(readFileSync(join(FIXTURES, f), 'utf8'), { version: '1.2' }));
    // A string too short only by counting code points (minLength uses ucs2length, an import in the .mjs).
    inputs.push({ ...inputs[0], title: '' }, { ...inputs[0], parties: [{ id: 'p', role: 'provider', name: '\u{1F600}' }] });
    const script = `
      import * as v from './src/core/agreement-validator.generated.mjs';
      const inputs = JSON.parse(process.argv[1]);
      const out = inputs.map((data) => { const ok = v.Agreement(data); return [ok, v.Agreement.errors ?? null]; });
      process.stdout.write(JSON.stringify(out));`;
    const esm = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(inputs)], { cwd: ROOT, encoding: 'utf8' }));
    const cjs = JSON.parse(JSON.stringify(inputs.map((data) => [generated.Agreement(data), generated.Agreement.errors ?? null])));
    expect(esm).toEqual(cjs);
    expect(cjs.filter(([ok]: [boolean]) => !ok).length).toBeGreaterThan(10);
  });
});
