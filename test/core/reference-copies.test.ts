import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { REFERENCE } from '../helpers/reference';
import { ROOT } from '../helpers/run-sla';

// The repository carries copies of the project's normative reference folder
// (agreements, data, expected results, SEMANTICS.md) so that a clone passes
// its tests anywhere. Where the original sits beside the checkout (the
// project's own machines), the copies must be byte for byte the same.
const SHARED = join(ROOT, '..', 'shared', 'reference');
const present = existsSync(SHARED);

/** Every file below dir, as paths relative to it. */
function files(dir: string, skip: (rel: string) => boolean = () => false): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      const rel = relative(dir, full);
      if (skip(rel)) continue;
      if (statSync(full).isDirectory()) walk(full);
      else out.push(rel);
    }
  };
  walk(dir);
  return out;
}

// `real/` holds the real-contract cases; their copies live in examples/real (test/examples/real-copies.test.ts).
const notReal = (rel: string): boolean => rel === 'real' || rel.startsWith('real/');

describe(present ? 'the reference copies in test/fixtures/reference' : 'the reference copies (no ../shared/reference beside this checkout: nothing to compare them with)', () => {
  it('hold the agreements, data, expected results and SEMANTICS.md', () => {
    const copied = files(REFERENCE);
    for (const must of ['managed-hosting.sla.yaml', 'marketing-sales.sla.yaml', 'saas-platform.sla.yaml', 'SEMANTICS.md', 'expected/managed-hosting.json']) {
      expect(copied).toContain(must);
    }
  });

  if (!present) return;

  it('are the same files as ../shared/reference', () => {
    expect(files(REFERENCE)).toEqual(files(SHARED, notReal));
  });

  it.each(files(SHARED, notReal))('%s is identical to the shared original', (rel) => {
    expect(readFileSync(join(REFERENCE, rel)).equals(readFileSync(join(SHARED, rel)))).toBe(true);
  });
});
