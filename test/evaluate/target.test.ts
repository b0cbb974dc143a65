import { dec, compareFraction, toNumber, add, mul, shift } from '../../src/evaluate/decimal';
import { parseAmount, parseCondition } from '../../src/core/condition';
import { holds } from '../../src/evaluate/target';

const c = (text: string) => {
  const cond = parseCondition(text);
  if (!cond) throw new Error(`not a condition: ${text}`);
  return cond;
};
const pct = (num: number, den: number) => ({ num, den, scale: 100 });
const plain = (v: number) => ({ num: v, den: 1, scale: 1 });

describe('parseCondition', () => {
  it.each([
    ['>= 99.5%', '>=', 99.5, '%'],
    ['> 99.9%', '>', 99.9, '%'],
    ['<= 600ms', '<=', 600, 'ms'],
    ['>= 100', '>=', 100, null],
    ['< 2h', '<', 2, 'h'],
    ['<95%', '<', 95, '%'],
  ])('%s', (text, op, n, unit) => {
    const cond = c(text);
    expect(cond.op).toBe(op);
    expect(toNumber(cond.number)).toBe(n);
    expect(cond.unit).toBe(unit);
  });

  it.each(['99%', '>= abc', '=> 5', '>= 5 parsecs', ''])('rejects %j', (text) => {
    expect(parseCondition(text)).toBeNull();
  });
});

describe('holds compares exactly', () => {
  it('99.9% computed as 100*(W-D)/W equals the 99.9 bound exactly', () => {
    // Q1 2026: W = 7,776,000 s, D = 7,776 s: the float 100*(W-D)/W is 99.9 only by luck; the fraction is exact
    const v = pct(7_776_000_000 - 7_776_000, 7_776_000_000);
    expect(holds(c('> 99.9%'), v, '%')).toBe(false);
    expect(holds(c('>= 99.9%'), v, '%')).toBe(true);
    expect(holds(c('<= 99.9%'), v, '%')).toBe(true);
    expect(holds(c('< 99.9%'), v, '%')).toBe(false);
  });

  it('a share whose float is off by one ulp still sits on the bound', () => {
    // 100*999/1000 is 99.9 in decimal; and 95 % of 20 good out of ... e.g. 19/20 = 95%
    expect(holds(c('< 95%'), pct(19, 20), '%')).toBe(false);
    expect(holds(c('< 95%'), pct(18.999999, 20), '%')).toBe(true);
    expect(holds(c('>= 70%'), pct(7, 10), '%')).toBe(true); // 100*7/10 = 70.00000000000001 in floats
  });

  it('converts time units to the value unit', () => {
    expect(holds(c('<= 600ms'), plain(600), 'ms')).toBe(true);
    expect(holds(c('<= 600ms'), plain(600.5), 'ms')).toBe(false);
    expect(holds(c('<= 1s'), plain(1000), 'ms')).toBe(true);
    expect(holds(c('<= 1s'), plain(1001), 'ms')).toBe(false);
    expect(holds(c('< 2h'), plain(119), 'm')).toBe(true);
    expect(holds(c('< 2h'), plain(120), 'm')).toBe(false);
    expect(holds(c('>= 0.5s'), plain(500), 'ms')).toBe(true);
  });

  it('plain numbers', () => {
    expect(holds(c('>= 100'), plain(100), null)).toBe(true);
    expect(holds(c('>= 100'), plain(99), null)).toBe(false);
    expect(holds(c('>= 500'), { num: 49963.08, den: 108, scale: 1 }, null)).toBe(false);
  });
});

describe('decimal', () => {
  it('reads numbers as the decimals they print as', () => {
    expect(compareFraction({ num: 0.1, den: 1, scale: 3 }, dec('0.3'))).toBe(0); // 3*0.1 != 0.3 in floats
    expect(toNumber(add(dec(0.1), dec(0.2)))).toBe(0.3);
    expect(toNumber(shift(mul(dec(12000), dec(5)), 2))).toBe(600);
    expect(toNumber(shift(mul(dec(1000), dec('12.5')), 2))).toBe(125);
    expect(toNumber(dec('1e-7'))).toBe(1e-7);
    expect(toNumber(dec(-2.5))).toBe(-2.5);
  });

  it('parseAmount reads percentages and numbers', () => {
    expect(toNumber(parseAmount('5%')!)).toBe(5);
    expect(toNumber(parseAmount('12.5%')!)).toBe(12.5);
    expect(toNumber(parseAmount(30)!)).toBe(30);
    expect(parseAmount('lots')).toBeNull();
  });
});
