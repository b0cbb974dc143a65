import fc from 'fast-check';
import { distance, suggest } from '../../src/core/suggest';

// The full table, as the edit distance was first written: the twin of the rolling rows.
function table(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('distance', () => {
  it('equals the full table of edits, swaps included', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'T', 'i', 't', 'l', 'e'), maxLength: 9 });
    fc.assert(fc.property(word, word, (a, b) => expect(distance(a, b)).toBe(table(a, b))), { numRuns: 3000, seed: 8 });
  });

  it('suggests the near key and skips ones too different in length', () => {
    expect(distance('titel', 'title')).toBe(1);
    expect(suggest('trget', ['term', 'target'])).toBe('target');
    expect(suggest('x'.repeat(100_000), ['target', 'title'])).toBeUndefined();
  });
});
