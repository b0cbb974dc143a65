import fc from 'fast-check';
import { inclusive, parseCondition, parsePercent, pointsUp, type Condition } from '../../../src/core/condition';
import { overlaps, within } from '../../../src/lint/util/condition';
import { cmp as compareDecimal, parseDec as parseDecimal } from '../../../src/core/decimal';

describe('exact decimals', () => {
  it('compare by value, not by how they are written or by float rounding', () => {
    const d = (t: string) => parseDecimal(t)!;
    expect(compareDecimal(d('99.90'), d('99.9'))).toBe(0);
    expect(compareDecimal(d('99.9'), d('99.90000000000000001'))).toBe(-1);
    expect(compareDecimal(d('1e2'), d('100'))).toBe(0);
    expect(compareDecimal(d('-0.5'), d('0'))).toBe(-1);
    expect(parseDecimal('99,9')).toBeNull();
  });

  it('read conditions in a common scale per unit', () => {
    const c = parseCondition('<= 1.5s')!;
    expect([c.op, c.unit, c.unitClass]).toEqual(['<=', 's', 'time']);
    expect(compareDecimal(c.scaled, parseDecimal('1500')!)).toBe(0);
    expect(parseCondition('>= 99.5%')!.unitClass).toBe('percent');
    expect(parseCondition('>= 100')!.unitClass).toBe('plain');
    expect(parseCondition('about 99%')).toBeNull();
    expect(parsePercent('12.5%')).toEqual(parseDecimal('12.5'));
    expect(parsePercent('12.5')).toBeNull();
  });
});

// Bounds with one decimal between 95 and 105; every value with two decimals there is a witness.
const OPS = ['<', '<=', '>', '>='] as const;
const condition = fc.record({ op: fc.constantFrom(...OPS), tenths: fc.integer({ min: 950, max: 1050 }) }).map(({ op, tenths }) =>
  parseCondition(`${op} ${tenths / 10}`) as Condition,
);
const holds = (c: Condition, hundredths: number): boolean => {
  const bound = Number(c.scaled.m) * 10 ** (2 - c.scaled.e);
  return c.op === '<' ? hundredths < bound : c.op === '<=' ? hundredths <= bound : c.op === '>' ? hundredths > bound : hundredths >= bound;
};
const grid = Array.from({ length: 2401 }, (_, i) => 9400 + i * 0.5);

describe('conditions as sets of values (against brute force)', () => {
  it('overlaps when some value satisfies both', () => {
    fc.assert(
      fc.property(condition, condition, (a, b) => {
        expect(overlaps(a, b)).toBe(grid.some((v) => holds(a, v) && holds(b, v)));
      }),
      { numRuns: 2000 },
    );
  });

  it('within when every value of the inner one satisfies the outer one', () => {
    fc.assert(
      fc.property(condition, condition, (a, b) => {
        fc.pre(pointsUp(a) === pointsUp(b));
        expect(within(a, b)).toBe(grid.every((v) => !holds(a, v) || holds(b, v)));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps percentages within 0 to 100', () => {
    expect(overlaps(parseCondition('> 100%')!, parseCondition('>= 99%')!)).toBe(false);
    expect(overlaps(parseCondition('>= 100%')!, parseCondition('>= 99%')!)).toBe(true);
    expect(overlaps(parseCondition('< 0%')!, parseCondition('< 5%')!)).toBe(false);
    expect(inclusive(parseCondition('<= 1%')!)).toBe(true);
  });
});
