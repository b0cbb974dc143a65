import fc from 'fast-check';
import { parseDocument, type Node } from 'yaml';
import { duplicateKeyOffsets } from '../../src/core/duplicate-keys';

// The yaml package's own check (quadratic) is the brute-force twin.
function byParser(text: string): number[] {
  const doc = parseDocument(text, { uniqueKeys: true, version: '1.2', logLevel: 'silent' });
  return doc.errors.filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos[0]).sort((a, b) => a - b);
}
function byWalk(text: string): number[] {
  const doc = parseDocument(text, { uniqueKeys: false, version: '1.2', logLevel: 'silent' });
  return duplicateKeyOffsets(doc.contents as Node | null);
}

const key = fc.constantFrom('a', 'b', '"a"', "'b'", '1', '"1"', '01', 'true', 'null', '~', '.nan', '&x a', '!!str b', '[a]', '{a: 1}', '*x');
type Tree = { pairs: [string, Tree | string][]; flow: boolean } | string;
const tree = (scalar: fc.Arbitrary<string>): fc.Arbitrary<Tree> =>
  fc.letrec<{ node: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.record({ pairs: fc.array(fc.tuple(key, tie('node')), { maxLength: 5 }), flow: fc.boolean() }),
    ),
  })).node;

function yamlText(t: Tree, indent: string, inFlow: boolean): string {
  if (typeof t === 'string') return t;
  if (t.flow || inFlow) return `{${t.pairs.map(([k, v]) => `${k}: ${yamlText(v, '', true)}`).join(', ')}}`;
  if (t.pairs.length === 0) return '{}';
  return t.pairs.map(([k, v]) => `\n${indent}${k}:${typeof v === 'string' || v.flow ? ' ' : ''}${yamlText(v, indent + '  ', false)}`).join('');
}
const documentOf = (pairs: [string, Tree | string][]): string => `x: 0${yamlText({ pairs, flow: false }, '', false)}\n`;
const topLevel = (t: fc.Arbitrary<Tree>) => fc.array(fc.tuple(key, t), { maxLength: 6 });

describe('duplicateKeyOffsets', () => {
  it('finds as many duplicate keys as the yaml package reports, in any nesting', () => {
    fc.assert(
      fc.property(topLevel(tree(fc.constantFrom('1', 'x', '"y"', '[]', '{}', ''))), (pairs) => {
        const text = documentOf(pairs);
        expect(byWalk(text)).toHaveLength(byParser(text).length);
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  // After an empty value, a collection or an alias the parser can point at an
  // earlier line; the walk always points at the repeated key itself.
  it('points where the yaml package points when each key has a plain value on its line', () => {
    const plainKey = key.filter((k) => k !== '*x');
    fc.assert(
      fc.property(fc.array(fc.tuple(plainKey, fc.constantFrom('1', 'x', '"y"')), { maxLength: 8 }), (pairs) => {
        const text = documentOf(pairs);
        expect(byWalk(text)).toEqual(byParser(text));
      }),
      { numRuns: 1000, seed: 8 },
    );
  });

  it('points at the repeated key after an empty value, where the parser points at the line before', () => {
    const text = 'a: 1\nb:\na: 2\n';
    expect(byParser(text)).toEqual([text.indexOf('\na: 2')]);
    expect(byWalk(text)).toEqual([text.lastIndexOf('a:')]);
  });

  it('reports keys of flow mappings in sequences and of anchored mappings once', () => {
    for (const text of ['? a\n: 1\n? a\n: 2\n', '- {a: 1, a: 2}\n- [b: 1, b: 2]\n', 'a: &m {k: 1, k: 2}\nb: *m\n']) {
      expect(byWalk(text)).toEqual(byParser(text));
    }
  });

  it('finds every repeat in a mapping of 10,000 keys', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `k${i % 5000}: ${i}`).join('\n');
    const doc = parseDocument(text, { uniqueKeys: false });
    expect(duplicateKeyOffsets(doc.contents as Node)).toHaveLength(5000);
  });
});
