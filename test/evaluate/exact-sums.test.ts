import fc from 'fast-check';
import { strictNumber } from '../../src/core/row-filter';
import { cmp, quotientToNumber, type Dec } from '../../src/evaluate/decimal';
import { decimalCell, DECIMAL_OK, NOT_A_NUMBER, OUT_OF_RANGE, readDecimal } from '../../src/evaluate/decimal-cell';
import { ExactSums } from '../../src/evaluate/exact-sums';

/** The reference: a decimal text as numerator / 10^exp, by plain BigInt arithmetic. */
function rational(text: string): { num: bigint; exp: number } {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text)!;
  const frac = m[3] ?? '';
  let exp = frac.length - Number(m[4] ?? 0);
  let num = BigInt(`${m[2]}${frac}` || '0');
  if (exp < 0) {
    num *= 10n ** BigInt(-exp);
    exp = 0;
  }
  return { num: m[1] === '-' ? -num : num, exp };
}

function referenceSum(texts: readonly string[]): Dec {
  const parts = texts.map(rational);
  const e = Math.max(0, ...parts.map((p) => p.exp));
  return { m: parts.reduce((sum, p) => sum + p.num * 10n ** BigInt(e - p.exp), 0n), e };
}

function sumOf(texts: readonly string[]): ExactSums {
  const sums = new ExactSums(1);
  const cell = decimalCell();
  for (const t of texts) {
    expect(readDecimal(t, cell)).toBe(DECIMAL_OK);
    sums.add(0, cell, t);
  }
  return sums;
}

const digits = (max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: max });
const decimalText = fc
  .tuple(fc.constantFrom('', '-', '+'), digits(18), fc.option(digits(18)), fc.option(fc.integer({ min: -25, max: 25 })), fc.boolean())
  .filter(([, int, frac]) => (int + (frac ?? '')).length > 0)
  .map(([sign, int, frac, exp, upper]) => `${sign}${int}${frac === null ? '' : `.${frac}`}${exp === null ? '' : `${upper ? 'E' : 'e'}${exp}`}`);
const edgeText = fc.constantFrom('9007199254740991', '-9007199254740991', '999999999999999', '0.000000000000000000001', '1e22', '1e-22', '-0', '0.1', '0.2', '123456789012345.6');

describe('readDecimal', () => {
  it('reads short cells on the fast path, exactly', () => {
    const cell = decimalCell();
    expect(readDecimal('-12.50', cell)).toBe(DECIMAL_OK);
    expect(cell).toEqual({ fast: true, mantissa: -1250, scale: 2, value: -12.5 });
    expect(readDecimal('2.5E3', cell)).toBe(DECIMAL_OK);
    expect(cell).toMatchObject({ fast: true, mantissa: 2500, scale: 0, value: 2500 });
    expect(readDecimal('.000123', cell)).toBe(DECIMAL_OK);
    expect(cell).toMatchObject({ fast: true, mantissa: 123, scale: 6, value: 0.000123 });
    expect(readDecimal('12345678901234567', cell)).toBe(DECIMAL_OK);
    expect(cell).toMatchObject({ fast: false, value: 12345678901234567 });
  });

  it('accepts what strictNumber accepts, with the same double', () => {
    const junk = fc.string({ unit: fc.constantFrom(...'0123456789.eE+-x '), maxLength: 8 });
    fc.assert(
      fc.property(fc.oneof(junk, decimalText), (text) => {
        const cell = decimalCell();
        const r = readDecimal(text, cell);
        const n = strictNumber(text);
        expect(r === NOT_A_NUMBER).toBe(Number.isNaN(n));
        if (r === DECIMAL_OK) expect(cell.value).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses numbers beyond the doubles', () => {
    const cell = decimalCell();
    expect(readDecimal('1e309', cell)).toBe(OUT_OF_RANGE);
    expect(readDecimal('1e-400', cell)).toBe(OUT_OF_RANGE);
    expect(readDecimal('0e-99999', cell)).toBe(DECIMAL_OK);
    for (const bad of ['', '-', '.', 'e5', '1e', '1e+', '1.2.3', ' 1', '0x10', 'Infinity', 'NaN', '1,5']) expect(readDecimal(bad, cell)).toBe(NOT_A_NUMBER);
  });
});

describe('ExactSums', () => {
  it('0.1 + 0.2 is exactly 0.3', () => {
    const sums = sumOf(['0.1', '0.2']);
    expect(cmp(sums.total(0), { m: 3n, e: 1 })).toBe(0);
    expect(sums.value(0)).toBe(0.3);
  });

  it('spills into BigInt past 2^53 and stays exact', () => {
    const sums = sumOf(['9007199254740991', '9007199254740991', '0.5', '-0.25']);
    expect(cmp(sums.total(0), { m: 1801439850948198225n, e: 2 })).toBe(0);
    expect(sums.value(0)).toBe(18014398509481982.25);
  });

  it('equals a BigInt reference for random decimal texts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(decimalText, edgeText), { maxLength: 40 }), (texts) => {
        const sums = sumOf(texts);
        const want = referenceSum(texts);
        expect(cmp(sums.total(0), want)).toBe(0);
        expect(sums.value(0)).toBe(quotientToNumber(want.m, 10n ** BigInt(want.e)));
        expect(sums.sign(0)).toBe(want.m > 0n ? 1 : want.m < 0n ? -1 : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('merges: the sum of two exported halves is the sum of all (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(decimalText, edgeText), { maxLength: 30 }), fc.nat(30), (texts, cut) => {
        const a = sumOf(texts.slice(0, cut));
        a.importState(structuredClone(sumOf(texts.slice(cut)).exportState()));
        expect(cmp(a.total(0), referenceSum(texts))).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('quotientToNumber', () => {
  it('rounds once, to the nearest double', () => {
    expect(quotientToNumber(1n, 3n)).toBe(1 / 3);
    expect(quotientToNumber(-7n, 10n)).toBe(-0.7);
    expect(quotientToNumber(7n, -10n)).toBe(-0.7);
    expect(quotientToNumber(2n ** 53n + 1n, 1n)).toBe(2 ** 53); // a tie: to even
    expect(quotientToNumber(2n ** 53n + 3n, 1n)).toBe(2 ** 53 + 4);
    expect(quotientToNumber(1n, 10n ** 323n)).toBe(1e-323); // below the normal range
    expect(quotientToNumber(10n ** 309n, 1n)).toBe(Infinity);
  });

  it('agrees with the runtime reading the same decimal (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 60 }), (m, e) => {
        expect(quotientToNumber(m, 10n ** BigInt(e))).toBe(Number(`${m}e-${e}`));
      }),
      { numRuns: 3000 },
    );
  });
});
