import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../helpers/run-sla';

// examples/real/<case>/ carries each real-contract case of the project's
// shared reference folder: its CASE.md beside the agreement, its CSV files in
// data/. Where that folder sits beside the checkout, the copies must be the
// same files.
const SHARED = join(ROOT, '..', 'shared', 'reference', 'real');
const REAL = join(ROOT, 'examples', 'real');
const present = existsSync(SHARED);
const cases = readdirSync(REAL, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe(present ? 'the real-contract cases in examples/real' : 'the real-contract cases in examples/real (no ../shared/reference/real beside this checkout: nothing to compare them with)', () => {
  it.each(cases)('%s has its agreement, its CASE.md and its data', (name) => {
    expect(existsSync(join(REAL, name, `${name}.sla.yaml`))).toBe(true);
    expect(existsSync(join(REAL, name, 'CASE.md'))).toBe(true);
    expect(readdirSync(join(REAL, name, 'data')).some((f) => f.endsWith('.csv'))).toBe(true);
  });

  if (!present) return;

  it('are every case of the shared folder', () => {
    expect(cases).toEqual(readdirSync(SHARED, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort());
  });

  it.each(cases)('%s: CASE.md and the CSV files are identical to the shared originals', (name) => {
    const shared = readdirSync(join(SHARED, name)).sort();
    expect(readFileSync(join(REAL, name, 'CASE.md')).equals(readFileSync(join(SHARED, name, 'CASE.md')))).toBe(true);
    expect(readdirSync(join(REAL, name, 'data')).sort()).toEqual(shared.filter((f) => f.endsWith('.csv')));
    for (const f of shared.filter((x) => x.endsWith('.csv'))) expect([f, readFileSync(join(REAL, name, 'data', f)).equals(readFileSync(join(SHARED, name, f)))]).toEqual([f, true]);
  });
});
