import fc from 'fast-check';
import { DateTime } from 'luxon';
import { createTimestampParser, formatInstant } from '../../src/time/timestamp';
import { getZone } from '../../src/time/zone';

const utc = (iso: string) => Date.parse(iso);
const berlin = getZone('Europe/Berlin');
const ny = getZone('America/New_York');

describe('createTimestampParser', () => {
  const parse = createTimestampParser(berlin, 'reject');

  it.each<[string, string]>([
    ['2026-10-17T12:00:00Z', '2026-10-17T12:00:00Z'],
    ['2026-10-17T12:00Z', '2026-10-17T12:00:00Z'],
    ['2026-10-17t12:00:00z', '2026-10-17T12:00:00Z'],
    ['2026-10-17T12:00:00+02:00', '2026-10-17T10:00:00Z'],
    ['2026-10-17T12:00:00-05:30', '2026-10-17T17:30:00Z'],
    ['2026-10-17T12:00:00+0530', '2026-10-17T06:30:00Z'],
    ['2026-10-17T12:00:00+01', '2026-10-17T11:00:00Z'],
    ['2026-10-17 12:00:00Z', '2026-10-17T12:00:00Z'],
    ['2026-10-17T12:00:00.5Z', '2026-10-17T12:00:00.500Z'],
    ['2026-10-17T12:00:00.123Z', '2026-10-17T12:00:00.123Z'],
    ['2026-10-17T12:00:00.123999999Z', '2026-10-17T12:00:00.123Z'],
    ['2026-10-17T12:00:00,25Z', '2026-10-17T12:00:00.250Z'],
    ['2026-10-17T12:00:00', '2026-10-17T10:00:00Z'],
    ['2026-10-17 12:00', '2026-10-17T10:00:00Z'],
    ['2026-01-17T12:00:00', '2026-01-17T11:00:00Z'],
    ['2026-10-17', '2026-10-16T22:00:00Z'],
    ['  2026-10-17T12:00:00Z ', '2026-10-17T12:00:00Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00Z'],
  ])('%j is %s', (text, iso) => {
    expect(parse(text)).toBe(utc(iso));
  });

  it.each([
    '', 'x', '2026-10-17T', '2026-10-17T12', '2026-10-17T1:00', '2026-13-01', '2026-02-29', '2026-10-32T00:00',
    '2026-10-17T24:00:00', '2026-10-17T12:60', '2026-10-17T12:00:60', '2026-10-17T12:00:00.', '2026-10-17T12:00:00Zx',
    '2026-10-17T12:00:00+2', '2026-10-17T12:00:00+25:00', '17.10.2026 12:00', '2026/10/17 12:00', '2026-10-17X12:00',
    '1792238400000',
  ])('%j is not a time', (text) => {
    expect(parse(text)).toEqual({ error: `not an ISO 8601 time: ${JSON.stringify(text)}` });
  });

  it('reports local times that do not exist or are ambiguous', () => {
    expect(parse('2026-03-29T02:30:00')).toEqual({
      error: expect.stringMatching(/^local time 2026-03-29T02:30:00 does not exist in Europe\/Berlin \(clocks go forward\)/),
    });
    expect(parse('2026-10-25 02:30')).toEqual({
      error:
        'local time 2026-10-25T02:30:00 is ambiguous in Europe/Berlin (clocks go back); set dst: earlier or later on the data source',
    });
    expect(parse('2026-10-25T02:30:00+01:00')).toBe(utc('2026-10-25T01:30:00Z'));
  });

  it('follows the dst policy', () => {
    expect(createTimestampParser(ny, 'earlier')('2026-11-01T01:30')).toBe(utc('2026-11-01T05:30:00Z'));
    expect(createTimestampParser(ny, 'later')('2026-11-01T01:30')).toBe(utc('2026-11-01T06:30:00Z'));
    expect(createTimestampParser(ny, 'earlier')('2026-03-08T02:30')).toBe(utc('2026-03-08T07:30:00Z'));
    expect(createTimestampParser(ny, 'later')('2026-03-08T02:30')).toBe(utc('2026-03-08T06:30:00Z'));
  });

  it('agrees with Date.parse on random offset timestamps', () => {
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    for (let i = 0; i < 2000; i++) {
      const t = Date.UTC(2000 + rnd(60), 0, 1) + rnd(366 * 86_400_000);
      const iso = new Date(t).toISOString();
      expect(parse(iso)).toBe(t);
    }
  });
});

describe('formatInstant', () => {
  it.each<[string, string, string]>([
    ['2026-08-31T22:00:00Z', 'Europe/Berlin', '2026-09-01T00:00:00+02:00'],
    ['2026-01-01T00:00:00Z', 'Etc/UTC', '2026-01-01T00:00:00+00:00'],
    ['2026-01-01T00:00:00.250Z', 'Etc/UTC', '2026-01-01T00:00:00.250+00:00'],
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01T01:30:00-05:00'],
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01T01:30:00-04:00'],
    ['2026-06-01T00:00:00Z', 'Asia/Kolkata', '2026-06-01T05:30:00+05:30'],
  ])('%s in %s', (iso, zone, text) => {
    expect(formatInstant(utc(iso), getZone(zone))).toBe(text);
  });

  it('round-trips through the parser', () => {
    const zone = getZone('Australia/Lord_Howe');
    const parse = createTimestampParser(zone, 'reject');
    for (let t = utc('2026-01-01T00:00:00Z'); t < utc('2027-01-01T00:00:00Z'); t += 7_777_777) {
      expect(parse(formatInstant(t, zone))).toBe(t);
    }
  });
});

describe('local timestamps (property)', () => {
  // Every instant whose wall clock in `zone` shows `local`, found through luxon.
  const instantsShowing = (zone: string, local: number) =>
    [...new Set([local - 86_400_000, local + 86_400_000].map((t) => local - DateTime.fromMillis(t, { zone }).offset * 60_000))]
      .filter((u) => DateTime.fromMillis(u, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss") === new Date(local).toISOString().slice(0, 19))
      .sort((a, b) => a - b);

  it('agrees with luxon near DST changes under every policy', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Santiago'];
    const changes = ['2026-03-08', '2026-03-29', '2026-04-05', '2026-04-04', '2026-09-06', '2026-10-04', '2026-10-25', '2026-11-01'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.constantFrom(...changes), fc.integer({ min: -1440, max: 2 * 1440 }), (name, day, minute) => {
        const local = Date.parse(`${day}T00:00:00Z`) + minute * 60_000;
        const text = new Date(local).toISOString().slice(0, 16);
        const found = instantsShowing(name, local);
        const zone = getZone(name);
        const rejected = createTimestampParser(zone, 'reject')(text);
        const earlier = createTimestampParser(zone, 'earlier')(text);
        const later = createTimestampParser(zone, 'later')(text);
        if (found.length === 1) {
          expect([rejected, earlier, later]).toEqual([found[0], found[0], found[0]]);
        } else if (found.length === 2) {
          expect(rejected).toEqual({ error: expect.stringContaining('is ambiguous') });
          expect([earlier, later]).toEqual(found);
        } else {
          expect(rejected).toEqual({ error: expect.stringContaining('does not exist') });
          // In a gap, 'earlier' reads the time with the offset from before the jump: after the jump in real time.
          expect(typeof earlier === 'number' && typeof later === 'number' && earlier > later).toBe(true);
          expect(DateTime.fromMillis(earlier as number, { zone: name }).offset).not.toBe(DateTime.fromMillis(later as number, { zone: name }).offset);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
