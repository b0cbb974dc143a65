import fc from 'fast-check';
import { nearestRank, quickselect } from '../../../src/evaluate/kinds/percentile';

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
