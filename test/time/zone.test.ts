import { DateTime } from 'luxon';
import { Zone, getZone, isValidZone } from '../../src/time/zone';
import { UTC_NAMES } from '../../src/time/zone-offsets';

const utc = (iso: string) => Date.parse(iso);

describe('isValidZone', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'UTC', 'Etc/UTC', 'Australia/Lord_Howe', 'Asia/Kolkata'])('%s is valid', (z) => {
    expect(isValidZone(z)).toBe(true);
  });
  it.each(['Europe/Hamburg', 'Mars/Olympus', '', '+01:00', '5'])('%j is not', (z) => {
    expect(isValidZone(z)).toBe(false);
    expect(() => new Zone(z)).toThrow(/not an IANA time zone/);
  });
});

describe('offsets', () => {
  it('matches luxon about hourly over 2025-2027 in several zones', () => {
    for (const name of ['Europe/Berlin', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Sao_Paulo']) {
      const zone = getZone(name);
      const wrong: number[] = [];
      for (let t = utc('2025-01-01T00:00:00Z'); t < utc('2028-01-01T00:00:00Z'); t += 3_600_000 + 17_000) {
        if (zone.offsetAt(t) !== DateTime.fromMillis(t, { zone: name }).offset) wrong.push(t);
      }
      expect([name, wrong]).toEqual([name, []]);
    }
  });

  it('switches at the exact transition instant', () => {
    const berlin = getZone('Europe/Berlin');
    expect(berlin.offsetAt(utc('2026-03-29T00:59:59.999Z'))).toBe(60);
    expect(berlin.offsetAt(utc('2026-03-29T01:00:00Z'))).toBe(120);
    expect(berlin.offsetAt(utc('2026-10-25T00:59:59.999Z'))).toBe(120);
    expect(berlin.offsetAt(utc('2026-10-25T01:00:00Z'))).toBe(60);
    const ny = getZone('America/New_York');
    expect(ny.offsetAt(utc('2026-03-08T06:59:59Z'))).toBe(-300);
    expect(ny.offsetAt(utc('2026-03-08T07:00:00Z'))).toBe(-240);
    expect(ny.offsetAt(utc('2026-11-01T05:59:59Z'))).toBe(-240);
    expect(ny.offsetAt(utc('2026-11-01T06:00:00Z'))).toBe(-300);
  });

  it('reads far years, before and after the first built ones', () => {
    const berlin = getZone('Europe/Berlin');
    expect(berlin.offsetAt(utc('2090-07-01T00:00:00Z'))).toBe(120);
    expect(berlin.offsetAt(utc('1975-07-01T00:00:00Z'))).toBe(60); // no DST in Germany in 1975
    expect(berlin.offsetAt(utc('1985-07-01T00:00:00Z'))).toBe(120);
    expect(getZone('Etc/UTC').offsetAt(utc('2026-07-01T00:00:00Z'))).toBe(0);
  });

  it('caches zones by name', () => {
    expect(getZone('Europe/London')).toBe(getZone('Europe/London'));
  });
});

describe('localToUtc', () => {
  const berlin = getZone('Europe/Berlin');
  const ny = getZone('America/New_York');
  const london = getZone('Europe/London');

  it('converts ordinary local times', () => {
    expect(berlin.localToUtc(2026, 7, 1, 12, 0, 0, 0, 'reject')).toBe(utc('2026-07-01T10:00:00Z'));
    expect(berlin.localToUtc(2026, 1, 1, 0, 0, 0, 5, 'reject')).toBe(utc('2025-12-31T23:00:00.005Z'));
    expect(ny.localToUtc(2026, 1, 15, 9, 30, 15, 0, 'later')).toBe(utc('2026-01-15T14:30:15Z'));
  });

  it.each<[string, Zone, number[], string, string]>([
    // zone, local fields of a time in the gap, 'earlier' (offset before the jump), 'later' (offset after)
    ['Berlin', berlin, [2026, 3, 29, 2, 30], '2026-03-29T01:30:00Z', '2026-03-29T00:30:00Z'],
    ['New York', ny, [2026, 3, 8, 2, 30], '2026-03-08T07:30:00Z', '2026-03-08T06:30:00Z'],
    ['London', london, [2026, 3, 29, 1, 15], '2026-03-29T01:15:00Z', '2026-03-29T00:15:00Z'],
  ])('a spring-forward gap in %s', (_, zone, [y, mo, d, h, mi], earlier, later) => {
    expect(zone.localToUtc(y, mo, d, h, mi, 0, 0, 'reject')).toBe('gap');
    expect(zone.localToUtc(y, mo, d, h, mi, 0, 0, 'earlier')).toBe(utc(earlier));
    expect(zone.localToUtc(y, mo, d, h, mi, 0, 0, 'later')).toBe(utc(later));
  });

  it.each<[string, Zone, number[], string, string]>([
    ['Berlin', berlin, [2026, 10, 25, 2, 30], '2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z'],
    ['New York', ny, [2026, 11, 1, 1, 30], '2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z'],
    ['London', london, [2026, 10, 25, 1, 0], '2026-10-25T00:00:00Z', '2026-10-25T01:00:00Z'],
  ])('a fall-back overlap in %s', (_, zone, [y, mo, d, h, mi], earlier, later) => {
    expect(zone.localToUtc(y, mo, d, h, mi, 0, 0, 'reject')).toBe('ambiguous');
    expect(zone.localToUtc(y, mo, d, h, mi, 0, 0, 'earlier')).toBe(utc(earlier));
    expect(zone.localToUtc(y, mo, d, h, mi, 0, 0, 'later')).toBe(utc(later));
  });

  it('keeps the edges of the gap and overlap exact', () => {
    expect(berlin.localToUtc(2026, 3, 29, 1, 59, 59, 999, 'reject')).toBe(utc('2026-03-29T00:59:59.999Z'));
    expect(berlin.localToUtc(2026, 3, 29, 3, 0, 0, 0, 'reject')).toBe(utc('2026-03-29T01:00:00Z'));
    expect(berlin.localToUtc(2026, 10, 25, 1, 59, 59, 999, 'reject')).toBe(utc('2026-10-24T23:59:59.999Z'));
    expect(berlin.localToUtc(2026, 10, 25, 3, 0, 0, 0, 'reject')).toBe(utc('2026-10-25T02:00:00Z'));
  });

  it('handles the 30-minute DST of Lord Howe', () => {
    const lh = getZone('Australia/Lord_Howe');
    expect(lh.offsetAt(utc('2026-01-15T00:00:00Z'))).toBe(660);
    expect(lh.offsetAt(utc('2026-06-15T00:00:00Z'))).toBe(630);
    expect(lh.localToUtc(2026, 4, 5, 1, 45, 0, 0, 'reject')).toBe('ambiguous');
    expect(lh.localToUtc(2026, 10, 4, 2, 15, 0, 0, 'reject')).toBe('gap');
    expect(lh.localToUtc(2026, 10, 4, 2, 30, 0, 0, 'reject')).toBe(utc('2026-10-03T15:30:00Z'));
  });

  it('maps window edges by the wall-clock rule', () => {
    const local = (iso: string) => Date.parse(`${iso}Z`);
    expect(berlin.wallToUtc(local('2026-03-29T02:30:00'), 'start')).toBe(utc('2026-03-29T01:00:00Z'));
    expect(berlin.wallToUtc(local('2026-03-29T02:30:00'), 'end')).toBe(utc('2026-03-29T01:00:00Z'));
    expect(berlin.wallToUtc(local('2026-10-25T02:30:00'), 'start')).toBe(utc('2026-10-25T00:30:00Z'));
    expect(berlin.wallToUtc(local('2026-10-25T02:30:00'), 'end')).toBe(utc('2026-10-25T01:30:00Z'));
    expect(berlin.startOfLocalDay(utc('2026-10-25T23:30:00Z'))).toBe(utc('2026-10-25T23:00:00Z'));
    expect(berlin.startOfLocalDay(utc('2026-10-25T22:30:00Z'))).toBe(utc('2026-10-24T22:00:00Z'));
    expect(berlin.localDate(utc('2026-10-25T23:30:00Z'))).toEqual([2026, 10, 26]);
  });
});

describe('UTC under its names', () => {
  // these zones skip the offset table: Intl (through luxon) must agree that they never leave offset 0
  const instants = [Date.UTC(1900, 0, 1), Date.UTC(1970, 5, 15, 12), Date.UTC(2026, 2, 29, 1, 30), Date.UTC(2026, 9, 25, 0, 59), Date.UTC(9998, 11, 31, 23)];
  it.each([...UTC_NAMES])('%s is offset 0 at every instant, without a gap or a fold', (name) => {
    expect(isValidZone(name)).toBe(true);
    const z = getZone(name);
    for (const t of instants) {
      expect(DateTime.fromMillis(t, { zone: name }).offset).toBe(0);
      expect(z.offsetMsAt(t)).toBe(0);
      expect(z.localMsToUtc(t, 'reject')).toBe(t);
      expect(z.wallToUtc(t, 'end')).toBe(t);
      expect(z.steadyOffsetMs(t, t + 3 * 86_400_000)).toBe(0);
    }
  });
  it('a zone that merely sits at offset 0 in winter is not taken for UTC', () => {
    expect(UTC_NAMES.has('Europe/London')).toBe(false);
    expect(getZone('Europe/London').offsetAt(Date.UTC(2026, 6, 1))).toBe(60);
  });
});
