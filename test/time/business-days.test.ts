import { BusinessDays } from '../../src/time/business-days';
import { ALWAYS, createCalendar } from '../../src/time/calendar';
import { parseTimeLimit } from '../../src/time/time-limit';
import { formatInstant } from '../../src/time/timestamp';
import { lastWithin, reachAt } from '../../src/time/window-reach';
import { getZone } from '../../src/time/zone';

const london = getZone('Europe/London');
const berlin = getZone('Europe/Berlin');
const H = 3_600_000;
const M = 60_000;
const at = (iso: string) => Date.parse(iso);
const shown = (t: number, zone = london) => (Number.isFinite(t) ? formatInstant(t, zone) : String(t));

// Pegasus: Mon-Fri 09:00-17:30 London, May bank holidays on the 4th and 25th (BST, +01:00)
const pegasus = createCalendar({ hours: { 'mon-fri': '09:00-17:30' }, holidays: [{ date: '2026-05-04' }, { date: '2026-05-25' }] }, london);
const days = new BusinessDays(pegasus, london);

describe('parseTimeLimit', () => {
  it('reads window time, business days and business days by a wall time', () => {
    expect(parseTimeLimit('30m')).toEqual({ kind: 'window', ms: 30 * M });
    expect(parseTimeLimit('PT8H')).toEqual({ kind: 'window', ms: 8 * H });
    expect(parseTimeLimit('1 business day')).toEqual({ kind: 'business-days', days: 1, by: null });
    expect(parseTimeLimit('3 business days')).toEqual({ kind: 'business-days', days: 3, by: null });
    expect(parseTimeLimit('2 business days by 17:00')).toEqual({ kind: 'business-days', days: 2, by: 17 * 60 });
    expect(parseTimeLimit('1 business day by 24:00')).toEqual({ kind: 'business-days', days: 1, by: 1440 });
  });

  it('refuses what states no limit', () => {
    for (const text of ['', '3 days', '3 business  days', 'business days', '2 business days by 25:00', '2 business days by 9:00', '1 month']) {
      expect(parseTimeLimit(text)).toBeNull();
    }
  });
});

describe('N business days (Pegasus case)', () => {
  it('H1: 3 business days from Mon 10:00 is Thu 10:00, the same business time of day', () => {
    expect(shown(days.due(at('2026-05-11T09:00:00Z'), 3))).toBe('2026-05-14T10:00:00+01:00');
  });

  it('M1: 5 business days from Thu 21 May 11:00 skip the bank holiday: Fri 29 May 11:00', () => {
    expect(shown(days.due(at('2026-05-21T10:00:00Z'), 5))).toBe('2026-05-29T11:00:00+01:00');
    expect(shown(days.due(at('2026-05-21T10:00:00Z'), 1))).toBe('2026-05-22T11:00:00+01:00');
  });

  it('from outside the window the clock starts with the next business day and ends with its window', () => {
    // Sat 9 May: the next business day is Mon 11 May, so 1 business day ends Mon 17:30
    expect(shown(days.due(at('2026-05-09T11:00:00Z'), 1))).toBe('2026-05-11T17:30:00+01:00');
    // Mon 11 May 08:00, before the window: the clock starts at 09:00 the same day
    expect(shown(days.due(at('2026-05-11T07:00:00Z'), 2))).toBe('2026-05-12T17:30:00+01:00');
    // Fri 22 May after 17:30: all of Friday has run, so the due day's window is used up: Tue 26 (Mon is a holiday)
    expect(shown(days.due(at('2026-05-22T17:00:00Z'), 1))).toBe('2026-05-26T17:30:00+01:00');
    // the same from the window's very start: none of the day had run
    expect(shown(days.due(at('2026-05-11T08:00:00Z'), 1))).toBe('2026-05-11T17:30:00+01:00');
    // Sun 3 May: Mon 4 is a bank holiday, so the first business day is Tue 5
    expect(shown(days.due(at('2026-05-03T12:00:00Z'), 1))).toBe('2026-05-05T17:30:00+01:00');
  });

  it('a shorter due day caps the time of day at its whole window', () => {
    const short = createCalendar({ hours: { 'mon-thu': '09:00-17:00', fri: '09:00-12:00' } }, london);
    const d = new BusinessDays(short, london);
    // Thu 14 May 15:00: 6 h of Thursday had run; Friday has 3 h, so it ends at Friday's close
    expect(shown(d.due(at('2026-05-14T14:00:00Z'), 1))).toBe('2026-05-15T12:00:00+01:00');
    expect(shown(d.due(at('2026-05-14T14:00:00Z'), 2))).toBe('2026-05-18T15:00:00+01:00');
  });

  it('a time of day that falls at a break ends at the end of the window before it', () => {
    const split = createCalendar({ hours: { 'mon-fri': ['09:00-12:00', '13:00-17:00'] } }, london);
    const d = new BusinessDays(split, london);
    expect(shown(d.due(at('2026-05-11T12:00:00Z'), 1))).toBe('2026-05-12T12:00:00+01:00'); // Mon 13:00: 3 h had run
    expect(shown(d.due(at('2026-05-11T11:30:00Z'), 1))).toBe('2026-05-12T12:00:00+01:00'); // Mon 12:30, at lunch: 3 h too
    expect(shown(d.due(at('2026-05-11T12:30:00Z'), 1))).toBe('2026-05-12T13:30:00+01:00');
  });

  it('N = 0 is the start itself; a calendar without business days never comes due', () => {
    const t = at('2026-05-11T09:00:00Z');
    expect(days.due(t, 0)).toBe(t);
    const empty = new BusinessDays(createCalendar({ hours: {} }, london), london);
    expect(empty.due(t, 1)).toBe(Infinity);
    expect(empty.dueBy(t, 1, 600)).toBe(Infinity);
  });

  it('on a 24x7 window the days are those of the zone given: 2 business days is the same wall time two days later, across DST', () => {
    const d = new BusinessDays(ALWAYS, berlin);
    // Sat 24 Oct 2026 10:00 CEST -> Mon 26 Oct 10:00 CET: 49 real hours, the clocks went back on the Sunday
    const due = d.due(at('2026-10-24T08:00:00Z'), 2);
    expect(shown(due, berlin)).toBe('2026-10-26T10:00:00+01:00');
    expect(due - at('2026-10-24T08:00:00Z')).toBe(49 * H);
  });
});

describe('N business days by HH:MM', () => {
  it('is that wall time on the N-th business day after the start day, wherever in the day it starts', () => {
    expect(shown(days.dueBy(at('2026-05-11T16:00:00Z'), 2, 17 * 60))).toBe('2026-05-13T17:00:00+01:00'); // Mon 17:00, after hours
    expect(shown(days.dueBy(at('2026-05-11T06:00:00Z'), 2, 17 * 60))).toBe('2026-05-13T17:00:00+01:00'); // Mon 07:00, before
    expect(shown(days.dueBy(at('2026-05-22T10:00:00Z'), 1, 12 * 60))).toBe('2026-05-26T12:00:00+01:00'); // Fri -> Tue (holiday Mon)
    expect(shown(days.dueBy(at('2026-05-09T10:00:00Z'), 1, 24 * 60))).toBe('2026-05-12T00:00:00+01:00'); // Sat -> Mon, 24:00
    expect(shown(days.dueBy(at('2026-05-09T10:00:00Z'), 0, 12 * 60))).toBe('2026-05-11T12:00:00+01:00'); // N = 0: the next business day
  });

  it('a wall time the clocks skip is the moment they jump; one they repeat is the later instant', () => {
    const d = new BusinessDays(ALWAYS, berlin);
    expect(shown(d.dueBy(at('2026-03-28T10:00:00Z'), 1, 150), berlin)).toBe('2026-03-29T03:00:00+02:00');
    expect(shown(d.dueBy(at('2026-10-24T10:00:00Z'), 1, 150), berlin)).toBe('2026-10-25T02:30:00+01:00');
  });
});

describe('reachAt and lastWithin', () => {
  it('Pegasus U2: 30 business minutes from Tue 17:20 are due Wed 09:20', () => {
    expect(shown(reachAt(pegasus, at('2026-05-12T16:20:00Z'), 30 * M))).toBe('2026-05-13T09:20:00+01:00');
    expect(shown(lastWithin(pegasus, at('2026-05-12T16:20:00Z'), 30 * M))).toBe('2026-05-13T09:20:00+01:00');
  });

  it('a limit used up at the close: reachAt is the close, lastWithin the next opening (still within until then)', () => {
    const t = at('2026-05-11T13:30:00Z'); // Mon 14:30
    expect(shown(reachAt(pegasus, t, 3 * H))).toBe('2026-05-11T17:30:00+01:00');
    expect(shown(lastWithin(pegasus, t, 3 * H))).toBe('2026-05-12T09:00:00+01:00');
  });

  it('pauses stop the clock (Zendesk T4: 8 business hours from Wed 10:00, paused Wed 12:00 to Thu 10:00, due Thu 16:00)', () => {
    const ny = getZone('America/New_York');
    const zendesk = createCalendar({ hours: { 'mon-fri': '09:00-17:00' } }, ny);
    const paused = [[at('2026-05-13T16:00:00Z'), at('2026-05-14T14:00:00Z')] as const];
    expect(shown(lastWithin(zendesk, at('2026-05-13T14:00:00Z'), 8 * H, paused), ny)).toBe('2026-05-14T16:00:00-04:00');
  });

  it('zero is the start, or the next window start for lastWithin; an empty calendar never reaches a limit', () => {
    const sat = at('2026-05-09T10:00:00Z');
    expect(reachAt(pegasus, sat, 0)).toBe(sat);
    expect(shown(lastWithin(pegasus, sat, 0))).toBe('2026-05-11T09:00:00+01:00');
    expect(reachAt(createCalendar({ hours: {} }, london), sat, M)).toBe(Infinity);
  });
});
