import fc from 'fast-check';
import { nearestRank, quickselect } from '../../../src/evaluate/kinds/percentile';
import { kthSmallest, ValueList } from '../../../src/evaluate/value-list';

describe('nearest rank', () => {
  it('is exact', () => {
    expect(nearestRank(99.9, 1000)).toBe(999);
    expect(nearestRank(95, 1421)).toBe(1350);
    expect(nearestRank(95, 1464)).toBe(1391);
    expect(nearestRank(50, 1)).toBe(1);
    expect(nearestRank(0, 10)).toBe(1);
    expect(nearestRank(100, 10)).toBe(10);
    expect(nearestRank('99.99', 10000)).toBe(9999);
  });

  it('matches ceil(p*n/100) computed on integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 100000 }), (tenths, n) => {
        const want = Math.max(1, Math.ceil((tenths * n) / 1000));
        expect(nearestRank(tenths / 10, n)).toBe(want);
      }),
    );
  });
});

describe('quickselect', () => {
  it('finds the k-th smallest like sorting does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 200 }), fc.nat(), (values, seed) => {
        const k = seed % values.length;
        const sorted = [...values].sort((a, b) => a - b);
        expect(quickselect(Float64Array.from(values), values.length, k)).toBe(sorted[k]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('kthSmallest over blocks', () => {
  it('finds the k-th smallest like sorting does, across any blocks, negatives and zeros included', () => {
    const value = fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 5e-324, -5e-324, 1e300));
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 40 }), { minLength: 1, maxLength: 5 }), fc.nat(), (blocks, seed) => {
        const all = blocks.flat();
        fc.pre(all.length > 0);
        const k = seed % all.length;
        const sorted = [...all].sort((a, b) => a - b);
        expect(kthSmallest(blocks.map((b) => Float64Array.from(b)), k)).toBe(sorted[k]! + 0);
      }),
      { numRuns: 1000 },
    );
  });

  it('a ValueList keeps pushed and adopted values, in blocks that never move', () => {
    const list = new ValueList();
    for (let i = 0; i < 200000; i++) list.push(i % 1000);
    list.adopt(Float64Array.from([5000, -1]));
    list.push(7);
    expect(list.length).toBe(200003);
    expect(list.parts().reduce((n, p) => n + p.length, 0)).toBe(200003);
    expect(kthSmallest(list.parts(), 0)).toBe(-1);
    expect(kthSmallest(list.parts(), 200002)).toBe(5000);
    expect(Array.from(list.toArray().subarray(199998))).toEqual([998, 999, 5000, -1, 7]);
  });
});
