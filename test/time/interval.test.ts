import fc from 'fast-check';
import { clip, intersect, subtract, totalLength, union, type Interval } from '../../src/time/interval';

describe('interval arithmetic', () => {
  it('unions into sorted, merged lists (touching merges, empty drops)', () => {
    expect(union([[5, 7], [1, 3], [3, 4], [6, 9], [10, 10], [12, 11]])).toEqual([[1, 4], [5, 9]]);
    expect(union([])).toEqual([]);
  });

  it('intersects, subtracts and clips', () => {
    const a: Interval[] = [[0, 10], [20, 30]];
    const b: Interval[] = [[5, 25], [28, 40]];
    expect(intersect(a, b)).toEqual([[5, 10], [20, 25], [28, 30]]);
    expect(subtract(a, b)).toEqual([[0, 5], [25, 28]]);
    expect(subtract(b, a)).toEqual([[10, 20], [30, 40]]);
    expect(subtract(a, [[0, 100]])).toEqual([]);
    expect(clip([[0, 10], [20, 30], [40, 50]], 5, 45)).toEqual([[5, 10], [20, 30], [40, 45]]);
    expect(totalLength([[0, 10], [5, 15]])).toBe(15);
  });

  const list = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 30 })).map(([s, l]) => [s, s + l] as Interval),
    { maxLength: 12 },
  );
  const covered = (xs: readonly Interval[], t: number) => xs.some(([s, e]) => s <= t && t < e);
  const points = [...Array(240).keys()];

  it('agrees with point-by-point set logic', () => {
    fc.assert(
      fc.property(list, list, fc.integer({ min: 0, max: 240 }), fc.integer({ min: 0, max: 240 }), (a, b, x, y) => {
        const u = union(a);
        const both = intersect(a, b);
        const diff = subtract(a, b);
        const [lo, hi] = [Math.min(x, y), Math.max(x, y)];
        const cut = clip(a, lo, hi);
        const wrong = points.filter(
          (t) =>
            covered(u, t) !== covered(a, t) ||
            covered(both, t) !== (covered(a, t) && covered(b, t)) ||
            covered(diff, t) !== (covered(a, t) && !covered(b, t)) ||
            covered(cut, t) !== (covered(a, t) && lo <= t && t < hi),
        );
        expect(wrong).toEqual([]);
        for (const r of [u, both, diff, cut]) {
          for (let i = 1; i < r.length; i++) expect(r[i][0]).toBeGreaterThan(r[i - 1][1]);
        }
        expect(totalLength(a)).toBe(points.filter((t) => covered(a, t)).length);
      }),
      { numRuns: 500 },
    );
  });
});
