import { exactNumber, durationFits, inexact } from '../../../src/lint/rules/exact-number';
import { fixture, lintFile, where } from './lint-fixture';

describe('exact-number', () => {
  it('bad.sla.yaml: flags amounts that lose digits and a duration too long to compute with, at the value', () => {
    expect(where(lintFile(exactNumber, fixture('exact-number', 'bad.sla.yaml')))).toEqual([
      "4:81 error the duration '99999999999999999999d' is too long to compute with (the limit is about 285,000 years)",
      '13:20 error 123456789012345678901234567890 cannot be held exactly: it would be read as 1.2345678901234568e+29 (write at most 15 significant digits)',
      '16:20 error 9007199254740993 cannot be held exactly: it would be read as 9007199254740992 (write at most 15 significant digits)',
    ]);
  });

  it('good.sla.yaml: passes 15 digits, trailing zeros and decimal fractions such as 0.1', () => {
    expect(where(lintFile(exactNumber, fixture('exact-number', 'good.sla.yaml')))).toEqual([]);
  });
});

describe('inexact', () => {
  it.each([
    ['0.1', 0.1],
    ['1.10', 1.1],
    ['1e3', 1000],
    ['.5', 0.5],
    ['+2.50E+2', 250],
    ['0x1F', 31],
    ['0o17', 15],
    ['0.30000000000000004', 0.30000000000000004],
    ['0e999999999', 0],
    ['-0.0', -0],
  ])('%s is exact', (source, value) => {
    expect(inexact(source, value)).toBeNull();
  });

  it.each([
    ['9007199254740993', 9007199254740993, '9007199254740992'],
    ['0.1000000000000000000001', 0.1, '0.1'],
    ['1e-400', 0, '0'],
    ['1e-999999999', 0, '0'],
    ['0x20000000000001', 0x20000000000001, '9007199254740992'],
  ])('%s is not', (source, value, read) => {
    expect(inexact(source, value)).toBe(read);
  });
});

describe('durationFits', () => {
  it('holds durations to whole milliseconds within the safe integers', () => {
    expect(durationFits('60d')).toBe(true);
    expect(durationFits('PT8H')).toBe(true);
    expect(durationFits('104249991d')).toBe(true);
    expect(durationFits('104249992d')).toBe(false);
    expect(durationFits('99999999999999999999d')).toBe(false);
    expect(durationFits('P9999999999999999W')).toBe(false);
  });
});
