import fc from 'fast-check';
import { coveredByAtLeast, firstTime, largestValue, type Interval, type Valued } from '../../src/time';

// A small domain sampled at every millisecond: the brute force the sweeps must agree with.
const DOMAIN = 200;
const points = [...Array(DOMAIN + 40).keys()];
const interval = fc.tuple(fc.integer({ min: 0, max: DOMAIN }), fc.integer({ min: 0, max: 40 })).map(([s, l]): Interval => [s, s + l]);
const covers = (list: readonly (readonly [number, number, ...unknown[]])[], t: number) => list.filter(([s, e]) => s <= t && t < e);
const isSortedAndApart = (list: readonly (readonly [number, number, ...unknown[]])[], touching: boolean) =>
  list.every(([s, e], i) => s < e && (i === 0 || (touching ? s >= list[i - 1]![1] : s > list[i - 1]![1])));

describe('coveredByAtLeast (k of n)', () => {
  it('is down while k components are down at once', () => {
    const zones = [
      [[0, 10], [20, 30]],
      [[5, 25]],
      [[8, 9], [28, 40]],
    ] as Interval[][];
    expect(coveredByAtLeast(zones, 1)).toEqual([[0, 40]]);
    expect(coveredByAtLeast(zones, 2)).toEqual([[5, 10], [20, 25], [28, 30]]);
    expect(coveredByAtLeast(zones, 3)).toEqual([[8, 9]]);
    expect(coveredByAtLeast(zones, 4)).toEqual([]);
    expect(coveredByAtLeast([], 1)).toEqual([]);
    expect(() => coveredByAtLeast(zones, 0)).toThrow(RangeError);
  });

  it('a component counts once however its own rows overlap; an end and a start at one instant do not overlap', () => {
    expect(coveredByAtLeast([[[0, 10], [5, 15]], [[20, 30]]], 2)).toEqual([]);
    expect(coveredByAtLeast([[[0, 10]], [[10, 20]]], 2)).toEqual([]);
    expect(coveredByAtLeast([[[0, 10]], [[10, 20]]], 1)).toEqual([[0, 20]]);
  });

  it('agrees with counting the components down at every millisecond (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(interval, { maxLength: 6 }), { maxLength: 5 }), fc.integer({ min: 1, max: 5 }), (lists, k) => {
        const out = coveredByAtLeast(lists, k);
        expect(isSortedAndApart(out, false)).toBe(true);
        const wrong = points.filter((t) => (covers(out, t).length > 0) !== (lists.filter((l) => covers(l, t).length > 0).length >= k));
        expect(wrong).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

describe('largestValue (weighted downtime)', () => {
  const byNumber = (a: number, b: number) => a - b;

  it('takes the largest share where pieces overlap and merges touching pieces of one share', () => {
    const pieces: Valued<number>[] = [
      [0, 10, 0.5],
      [5, 15, 0.25],
      [12, 20, 1],
      [20, 25, 1],
      [30, 40, 0.25],
    ];
    expect(largestValue(pieces, byNumber)).toEqual([
      [0, 10, 0.5],
      [10, 12, 0.25],
      [12, 25, 1],
      [30, 40, 0.25],
    ]);
    expect(largestValue([], byNumber)).toEqual([]);
  });

  it('agrees with the largest share at every millisecond, and its integral too (property)', () => {
    const piece = fc.tuple(interval, fc.integer({ min: 1, max: 4 })).map(([[s, e], w]): Valued<number> => [s, e, w / 4]);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const out = largestValue(pieces, byNumber);
        expect(isSortedAndApart(out, true)).toBe(true);
        let integral = 0;
        const wrong: number[] = [];
        for (const t of points) {
          const here = covers(pieces, t).map((p) => p[2] as number);
          const want = here.length === 0 ? 0 : Math.max(...here);
          const got = covers(out, t).map((p) => p[2] as number);
          if (got.length > 1 || (got[0] ?? 0) !== want) wrong.push(t);
          integral += want;
        }
        expect(wrong).toEqual([]);
        expect(out.reduce((sum, [s, e, w]) => sum + (e - s) * w, 0)).toBe(integral);
      }),
      { numRuns: 400 },
    );
  });
});

describe('firstTime (a budget of time)', () => {
  it('takes the first ms of the list in time order', () => {
    expect(firstTime([[10, 20], [0, 5], [30, 40]], 12)).toEqual([[0, 5], [10, 17]]);
    expect(firstTime([[0, 5]], 10)).toEqual([[0, 5]]);
    expect(firstTime([[0, 5]], 0)).toEqual([]);
  });
});
