import { ALWAYS, createCalendar, maintenanceCalendar, outside, type Calendar } from '../../src/time/calendar';
import { parsePeriodLabel } from '../../src/time/period';
import { formatInstant } from '../../src/time/timestamp';
import { getZone } from '../../src/time/zone';

const H = 3_600_000;
const utc = (iso: string) => Date.parse(iso);
const berlin = getZone('Europe/Berlin');
const ny = getZone('America/New_York');
const period = (label: string, zone = berlin) => parsePeriodLabel(label, zone)!;
const hoursIn = (cal: Calendar, label: string, zone = berlin) => cal.windowTime(period(label, zone).start, period(label, zone).end) / H;
const shown = (cal: Calendar, label: string, zone = berlin) =>
  cal.windows(period(label, zone).start, period(label, zone).end).map(([s, e]) => `${formatInstant(s, zone)} ${formatInstant(e, zone)}`);

const office = createCalendar(
  {
    hours: { 'mon-fri': '08:00-18:00' },
    holidays: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-10-03', '2026-12-25', '2026-12-26'].map((date) => ({ date })),
  },
  berlin,
);

describe('maintenance windows (SEMANTICS: Windows)', () => {
  const weekly = maintenanceCalendar([{ id: 'weekly-patching', every: 'sun 02:00-04:00' }], berlin);

  it('sun 02:00-04:00 in Berlin lasts 3 real hours when the clocks go back and 1 when they go forward', () => {
    expect(hoursIn(weekly, '2026-10-25')).toBe(3);
    expect(hoursIn(weekly, '2026-03-29')).toBe(1);
    expect(hoursIn(weekly, '2026-10-18')).toBe(2);
    expect(shown(weekly, '2026-10-25')).toEqual(['2026-10-25T02:00:00+02:00 2026-10-25T04:00:00+01:00']);
    expect(shown(weekly, '2026-03-29')).toEqual(['2026-03-29T03:00:00+02:00 2026-03-29T04:00:00+02:00']);
    expect(hoursIn(weekly, '2026-10')).toBe(4 * 2 + 1);
    expect(hoursIn(weekly, '2026')).toBe(52 * 2 + 1 - 1);
  });

  it('unions recurring and one-off windows, one-off times local to the zone', () => {
    const all = maintenanceCalendar(
      [
        { id: 'weekly-patching', every: 'sun 02:00-04:00' },
        { id: 'dc-migration', from: '2026-10-17T22:00', to: '2026-10-18T06:00' },
      ],
      berlin,
    );
    expect(shown(all, '2026-W42')).toEqual(['2026-10-17T22:00:00+02:00 2026-10-18T06:00:00+02:00']);
    expect(hoursIn(all, '2026-W42')).toBe(8);
    expect(all.contains(utc('2026-10-17T19:59:59Z'))).toBe(false);
    expect(all.contains(utc('2026-10-17T20:00:00Z'))).toBe(true);
    expect(all.contains(utc('2026-10-18T03:59:59Z'))).toBe(true);
    expect(all.contains(utc('2026-10-18T04:00:00Z'))).toBe(false);
  });

  it('reads one-off times across a DST change by the wall-clock rule, and honours written offsets', () => {
    const night = maintenanceCalendar([{ id: 'x', from: '2026-10-25T02:30', to: '2026-10-25T02:45:00' }], berlin);
    expect(night.windowTime(utc('2026-10-24T00:00:00Z'), utc('2026-10-26T00:00:00Z'))).toBe(75 * 60_000);
    const abs = maintenanceCalendar([{ id: 'y', from: '2026-02-28T21:00Z', to: '2026-02-28T23:59+00:00' }], berlin);
    expect(abs.windows(utc('2026-02-01T00:00:00Z'), utc('2026-03-01T00:00:00Z'))).toEqual([
      [utc('2026-02-28T21:00:00Z'), utc('2026-02-28T23:59:00Z')],
    ]);
  });

  it('refuses windows it cannot read', () => {
    expect(() => maintenanceCalendar([{ id: 'a', every: 'sonntag 02:00-04:00' }], berlin)).toThrow(/maintenance window 'a': 'sonntag' is not a day/);
    expect(() => maintenanceCalendar([{ id: 'b', from: '2026-10-17T22:00' }], berlin)).toThrow(/'b': 'to' must be a local time/);
    expect(() => maintenanceCalendar([{ id: 'c', from: '2026-10-18T22:00', to: '2026-10-18T06:00' }], berlin)).toThrow(/'to' must be after 'from'/);
  });

  it('is empty without windows', () => {
    expect(maintenanceCalendar([], berlin).windowTime(0, 1e12)).toBe(0);
  });
});

describe('calendars', () => {
  it('counts business hours minus holidays', () => {
    expect(hoursIn(office, '2026-10')).toBe(22 * 10);
    expect(hoursIn(office, '2026-01')).toBe(21 * 10);
    expect(hoursIn(office, '2026-04')).toBe(20 * 10);
    expect(hoursIn(office, '2026-03-29')).toBe(0);
    expect(hoursIn(office, '2026-10-26')).toBe(10);
    expect(office.contains(utc('2026-10-26T07:00:00Z'))).toBe(true);
    expect(office.contains(utc('2026-10-26T06:59:59.999Z'))).toBe(false);
    expect(office.contains(utc('2026-10-26T17:00:00Z'))).toBe(false);
  });

  it('gives a DST day of an hours-written 24x7 calendar 23 or 25 hours', () => {
    const allDay = createCalendar({ hours: { 'mon-sun': '00:00-24:00' } }, berlin);
    expect(hoursIn(allDay, '2026-03-29')).toBe(23);
    expect(hoursIn(allDay, '2026-10-25')).toBe(25);
    expect(hoursIn(allDay, '2026-10')).toBe(31 * 24 + 1);
    expect(allDay.windows(period('2026-10').start, period('2026-11').end)).toEqual([[period('2026-10').start, period('2026-11').end]]);
    const plain = createCalendar({}, berlin);
    expect(plain.windowTime(5, 10)).toBe(5);
    expect(plain.zone).toBe(berlin);
  });

  it('reads a London calendar in an agreement written in Berlin', () => {
    const support = createCalendar({ timezone: 'Europe/London', hours: { 'mon-fri': '07:00-19:00', sat: '09:00-13:00' } }, berlin);
    expect(support.zone.name).toBe('Europe/London');
    expect(shown(support, '2026-10-19')).toEqual(['2026-10-19T08:00:00+02:00 2026-10-19T20:00:00+02:00']);
    expect(shown(support, '2026-W43')).toHaveLength(6);
    expect(shown(support, '2026-10-24')).toEqual(['2026-10-24T10:00:00+02:00 2026-10-24T14:00:00+02:00']);
    expect(shown(support, '2026-10-26')).toEqual(['2026-10-26T08:00:00+01:00 2026-10-26T20:00:00+01:00']);
    // Berlin and London change on the same instant; the week after, both are back to one hour apart.
    expect(hoursIn(support, '2026-W43')).toBe(5 * 12 + 4);
    // A Berlin day starts at 23:00 London time: Saturday's London hours fall in the Berlin Saturday.
    expect(hoursIn(support, '2026-10-24')).toBe(4);
  });

  it('removes holidays as whole dates of the calendar zone', () => {
    const support = createCalendar({ timezone: 'Europe/London', hours: { 'mon-fri': '07:00-19:00' }, holidays: [{ date: '2026-12-25' }] }, berlin);
    expect(support.windowTime(utc('2026-12-25T00:00:00Z'), utc('2026-12-26T00:00:00Z'))).toBe(0);
    expect(support.windowTime(utc('2026-12-24T00:00:00Z'), utc('2026-12-25T00:00:00Z'))).toBe(12 * H);
    const holidaysOnly = createCalendar({ holidays: [{ date: '2026-10-25' }] }, berlin);
    expect(hoursIn(holidaysOnly, '2026-W43')).toBe(6 * 24);
    expect(hoursIn(holidaysOnly, '2026-10-25')).toBe(0);
  });

  it('keeps a past-midnight range with its start day, also for holidays', () => {
    const nights = createCalendar({ hours: { fri: '22:00-06:00' }, holidays: [{ date: '2026-10-10' }] }, berlin);
    // Sat 2026-10-10 is a holiday, but Friday's range runs into it and stays.
    expect(nights.windowTime(utc('2026-10-09T00:00:00Z'), utc('2026-10-11T00:00:00Z'))).toBe(8 * H);
    const friHoliday = createCalendar({ hours: { fri: '22:00-06:00' }, holidays: [{ date: '2026-10-09' }] }, berlin);
    expect(friHoliday.windowTime(utc('2026-10-09T00:00:00Z'), utc('2026-10-11T00:00:00Z'))).toBe(0);
    const night = createCalendar({ hours: { sat: '22:00-06:00' } }, berlin);
    expect(hoursIn(night, '2026-W43')).toBe(9); // Sat 24 Oct 22:00 to Sun 06:00 over the fall-back hour
  });

  it('works in New York with its own holidays and DST dates', () => {
    const workdays = createCalendar({ hours: { 'mon-fri': '09:00-17:00' }, holidays: [{ date: '2026-07-03' }, { date: '2026-11-26' }] }, ny);
    expect(hoursIn(workdays, '2026-07', ny)).toBe(23 * 8 - 8);
    expect(hoursIn(workdays, '2026-11', ny)).toBe(21 * 8 - 8);
    expect(shown(workdays, '2026-11-02', ny)).toEqual(['2026-11-02T09:00:00-05:00 2026-11-02T17:00:00-05:00']);
  });

  it('covers every instant in a zone whose clocks change at midnight', () => {
    const santiago = getZone('America/Santiago');
    const allDay = createCalendar({ hours: { 'mon-sun': '00:00-24:00' } }, santiago);
    for (const [a, b] of [['2026-04-03T00:00:00Z', '2026-04-08T00:00:00Z'], ['2026-09-04T00:00:00Z', '2026-09-09T00:00:00Z']]) {
      expect(allDay.windowTime(utc(a), utc(b))).toBe(utc(b) - utc(a));
    }
  });

  it('complements a calendar with outside', () => {
    const off = outside(office);
    const oct = period('2026-10');
    expect(off.windowTime(oct.start, oct.end)).toBe(oct.end - oct.start - 220 * H);
    expect(off.contains(utc('2026-10-26T18:00:00Z'))).toBe(true);
    expect(off.contains(utc('2026-10-26T09:00:00Z'))).toBe(false);
    expect(shown(off, '2026-10-26')).toEqual([
      '2026-10-26T00:00:00+01:00 2026-10-26T08:00:00+01:00',
      '2026-10-26T18:00:00+01:00 2026-10-27T00:00:00+01:00',
    ]);
    expect(outside(off)).toBe(office);
    expect(off.zone).toBe(berlin);
  });

  it('has ALWAYS for 24x7', () => {
    expect(ALWAYS.windowTime(10, 25)).toBe(15);
    expect(ALWAYS.windowTime(25, 10)).toBe(0);
    expect(ALWAYS.windows(10, 25)).toEqual([[10, 25]]);
    expect(ALWAYS.contains(123)).toBe(true);
    expect(outside(ALWAYS).windowTime(0, 1e12)).toBe(0);
  });

  it('refuses bad hours and holidays', () => {
    expect(() => createCalendar({ hours: { 'mon-fri': '08:00-25:00' } }, berlin)).toThrow(/bad calendar hours: mon-fri: '25:00' is not a time/);
    expect(() => createCalendar({ holidays: [{ date: '2026-13-01' }] }, berlin)).toThrow(/holiday '2026-13-01' is not a date/);
    expect(() => createCalendar({ timezone: 'Europe/Nowhere' }, berlin)).toThrow(/not an IANA time zone/);
    expect(() => office.windowTime(0, Infinity)).toThrow(RangeError);
  });
});
