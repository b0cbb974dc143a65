import { readFileSync } from 'fs';
import * as path from 'path';
import { catalogue, changeKinds } from '../../src/diff';
import { ROOT } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gen = require('../../scripts/gen-change-docs.js') as { pageFor(kind: string, spec: unknown): string; indexPage(c: unknown): string };

const page = (name: string) => readFileSync(path.join(ROOT, 'docs/changes', name), 'utf8');

describe('docs/changes', () => {
  it.each([...changeKinds])('%s has its page, up to date with the catalogue (node scripts/gen-change-docs.js)', (kind) => {
    expect(page(`${kind}.md`)).toBe(gen.pageFor(kind, catalogue[kind]));
  });

  it('has an index that lists every kind', () => {
    expect(page('README.md')).toBe(gen.indexPage(catalogue));
  });

  it('is linked from the diff guide', () => {
    expect(readFileSync(path.join(ROOT, 'docs/diff.md'), 'utf8')).toContain('changes/README.md');
  });
});
