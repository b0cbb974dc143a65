import fc from 'fast-check';
import { parseAmount, parseBand, parseCondition, parsePercent, pointsUp } from '../../src/core/condition';
import { cmp, dec, parseDec, toNumber } from '../../src/core/decimal';

describe('the comparison grammar shared by lint, evaluate and render', () => {
  it('reads operator, exact number and unit', () => {
    const c = parseCondition('  >= 99.5% ')!;
    expect([c.text, c.op, c.numberText, c.unit]).toEqual(['>= 99.5%', '>=', '99.5', '%']);
    expect(cmp(c.number, dec('99.50'))).toBe(0);
    expect(parseCondition('<= 600ms')!.unit).toBe('ms');
    expect(parseCondition('>= 100')!.unit).toBeNull();
    expect(pointsUp(parseCondition('> 1')!)).toBe(true);
    expect(pointsUp(parseCondition('<= 1')!)).toBe(false);
  });

  it.each(['99.5%', '=> 99%', '>= 99,5%', '>= 99.5 percent', '≥ 99%', '>= .5', '', '>='])('refuses %j', (text) => {
    expect(parseCondition(text)).toBeNull();
  });

  it('accepts every text the schema pattern accepts', () => {
    const pattern = /^(?:>=|>|<=|<) ?\d+(?:\.\d+)?(?:%|ms|s|m|h|d)?$/;
    const text = fc.tuple(fc.constantFrom('>=', '>', '<=', '<'), fc.constantFrom('', ' '), fc.nat(100000), fc.option(fc.nat(999)), fc.constantFrom('', '%', 'ms', 's', 'm', 'h', 'd'))
      .map(([op, sp, int, frac, unit]) => `${op}${sp}${int}${frac === null ? '' : `.${frac}`}${unit}`);
    fc.assert(fc.property(text, (t) => pattern.test(t) && parseCondition(t) !== null));
  });

  it('reads amounts and percentages exactly', () => {
    expect(toNumber(parsePercent('12.5%')!)).toBe(12.5);
    expect(parsePercent('12.5')).toBeNull();
    expect(toNumber(parseAmount('12.5')!)).toBe(12.5);
    expect(toNumber(parseAmount(30)!)).toBe(30);
    expect(parseAmount(Infinity)).toBeNull();
    expect(parseDec('1e400x')).toBeNull();
    expect(cmp(dec(0.1 + 0.2), dec('0.3'))).toBe(1);
    expect(cmp(dec(0.1), dec('0.1'))).toBe(0);
  });
});

describe('bands of credit tiers', () => {
  it('read one condition or two joined by and', () => {
    expect(parseBand('< 99.5%')!.parts.map((p) => p.text)).toEqual(['< 99.5%']);
    expect(parseBand('> 99% and <= 99.9%')!.parts.map((p) => [p.op, p.numberText, p.unit])).toEqual([
      ['>', '99', '%'],
      ['<=', '99.9', '%'],
    ]);
    expect(parseBand('> 99% and <= 99.9% and < 5%')).toBeNull();
    expect(parseBand('> 99% or <= 99.9%')).toBeNull();
    expect(parseBand('between 99 and 99.9')).toBeNull();
  });
});
