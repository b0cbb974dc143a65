import fc from 'fast-check';
import { createDurationReader } from '../../src/time/cell-duration';
import { parseEpochText, readEpoch } from '../../src/time/epoch';
import { compileTimePattern, patternProblem } from '../../src/time/pattern';
import { getZone } from '../../src/time/zone';

describe('epoch timestamps', () => {
  it.each<[string, 'epoch-s' | 'epoch-ms' | 'epoch-us' | 'epoch-ns', number]>([
    ['1767225600', 'epoch-s', Date.UTC(2026, 0, 1)],
    ['1767225600.5', 'epoch-s', Date.UTC(2026, 0, 1) + 500],
    ['1767225600.1239', 'epoch-s', Date.UTC(2026, 0, 1) + 123],
    ['1767225600123', 'epoch-ms', Date.UTC(2026, 0, 1) + 123],
    ['1767225600123.9', 'epoch-ms', Date.UTC(2026, 0, 1) + 123],
    ['1767225600123456', 'epoch-us', Date.UTC(2026, 0, 1) + 123],
    ['1767225600123456789', 'epoch-ns', Date.UTC(2026, 0, 1) + 123],
    ['-1.5', 'epoch-s', -1500],
    ['-1.0005', 'epoch-s', -1001],
    ['-0', 'epoch-ms', 0],
    ['0.0001', 'epoch-s', 0],
  ])('%s in %s', (text, unit, ms) => {
    expect(parseEpochText(text, unit)).toBe(ms);
  });

  it.each(['', '-', '1e9', '12a', '1.', '.', '1 2', '0x10', '+5'])('%j is not an epoch time', (text) => {
    expect(parseEpochText(text, 'epoch-s')).toEqual({ error: expect.stringContaining('not a time in seconds since 1970-01-01 UTC') });
  });

  it('floors to the millisecond, like integer arithmetic on the digits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (us) => {
        const bytes = Buffer.from(String(us));
        const floorDiv = (a: bigint, b: bigint): bigint => (a >= 0n ? a / b : -((-a + b - 1n) / b));
        expect(readEpoch(bytes, 0, bytes.length, 'epoch-us')).toBe(Number(floorDiv(us, 1000n)));
      }),
    );
  });
});

describe('duration cells', () => {
  it.each<[Parameters<typeof createDurationReader>[0], string, number | null]>([
    ['iso', 'PT4H30M', 16_200_000],
    ['iso', '4h30m', 16_200_000],
    ['clock', '04:30:00', 16_200_000],
    ['clock', '4:30', 16_200_000],
    ['clock', '1 04:30:00', 102_600_000],
    ['clock', '1.04:30:00.25', 102_600_250],
    ['clock', '100:00:00', 360_000_000],
    ['clock', '04:61:00', null],
    ['seconds', '90', 90_000],
    ['seconds', '1.5', 1500],
    ['seconds', '1.2345', 1234],
    ['milliseconds', '250', 250],
    ['minutes', '2.5', 150_000],
    ['minutes', '-1', null],
    ['servicenow', '1970-01-01 04:30:00', 16_200_000],
    ['servicenow', '1970-01-02 00:00:10', 86_410_000],
    ['servicenow', '4 Hours 30 Minutes', 16_200_000],
    ['servicenow', '1 Day 1 Second', 86_401_000],
    ['servicenow', '', null],
    ['servicenow', '4 hours and more', null],
  ])('%s %j is %s ms', (form, text, ms) => {
    expect(createDurationReader(form)(text)).toBe(ms);
  });
});

describe('pattern problems', () => {
  it.each<[string, string | undefined, RegExp | null]>([
    ['dd/MMM/yy h:mm a', undefined, null],
    ["yyyy-MM-dd'T'HH:mm:ss", undefined, null],
    ['yyyy-MM-ddTHH:mm', undefined, /'T' is not a token sla reads.*single quotes/],
    ['dd.MM.', undefined, /no year/],
    ['yyyy-MM-dd HH:mm a', undefined, /AM\/PM \('a'\) goes with a 12-hour clock/],
    ['yyyy-MM-dd hh:mm a', 'xx-not-a-locale-!!', /is not a locale/],
    ['yyyy yyyy', undefined, /gives the year twice/],
    ['yyyy-MM-dd z', undefined, /'z' is not a token/],
  ])('%j (%s)', (pattern, locale, problem) => {
    const got = patternProblem(pattern, locale);
    if (problem === null) expect(got).toBeNull();
    else expect(got).toMatch(problem);
  });

  it('says why a cell does not fit, capping the cell it shows', () => {
    const p = compileTimePattern('dd/MMM/yy h:mm a', 'en-US', getZone('Europe/Berlin'), 'reject');
    expect(p.parseText('05/Dec/26 3:45 PM')).toBe(Date.UTC(2026, 11, 5, 14, 45));
    expect(p.parseText('05/dec/26 3:45 pm')).toBe(Date.UTC(2026, 11, 5, 14, 45));
    expect(p.parseText('31/Feb/26 3:45 PM')).toEqual({ error: 'not a date and time that exists: "31/Feb/26 3:45 PM"' });
    expect(p.parseText(`05/Dez/26 3:45 PM${'x'.repeat(60)}`)).toEqual({
      error: `does not match the timestamp pattern 'dd/MMM/yy h:mm a': "05/Dez/26 3:45 PM${'x'.repeat(23)}…"`,
    });
    expect(p.parseText('29/Mar/26 2:30 AM')).toEqual({ error: expect.stringMatching(/^local time 2026-03-29T02:30:00 does not exist in Europe\/Berlin/) });
    const weekday = compileTimePattern('EEE dd.MM.yyyy', 'en-US', getZone('UTC'), 'reject');
    expect(weekday.parseText('Mon 07.12.2026')).toBe(Date.UTC(2026, 11, 7));
    expect(weekday.parseText('Tue 07.12.2026')).toEqual({ error: 'the weekday does not fall on that date: "Tue 07.12.2026"' });
  });
});
