import { availability, HOUR, metricRun, utc } from './helpers';

const outages = { kind: 'intervals', file: 'o.csv', columns: { start: 's', end: 'e' } };
const Q1 = { period: '2026-Q1', asOf: utc('2027-01-01T00:00:00Z') };

describe('facts for credits', () => {
  const a = availability({ outages }, { data: 'outages', window: 'work', exclude: ['m'] }, {
    calendars: { work: { hours: { 'mon-fri': '09:00-17:00' } } },
    maintenance: { windows: [{ id: 'm', from: '2026-02-03T09:00', to: '2026-02-03T10:00' }] },
  });
  const rows = [
    's,e',
    '2026-01-31T16:00:00Z,2026-02-02T10:00:00Z', // Sat 31 Jan .. Mon 2 Feb: window time only on Monday, 09:00-10:00 (Feb)
    '2026-02-02T09:30:00Z,2026-02-02T11:00:00Z', // joins the stretch above: one incident
    '2026-02-03T09:00:00Z,2026-02-03T10:00:00Z', // wholly in maintenance: no downtime, no incident
    '2026-02-07T10:00:00Z,2026-02-07T12:00:00Z', // a Saturday: outside the window, no incident
    '2026-02-27T16:00:00Z,2026-03-02T09:30:00Z', // Fri 27 Feb 16:00-17:00 and Mon 2 Mar 09:00-09:30: an incident in each month
  ].join('\n');

  it('are the period’s downtime, window time, incidents and the end of its first incident', () => {
    const [jan, feb, mar] = metricRun({ ...a, metrics: [{ ...a.metrics[0]!, period: 'month' }] }, { outages: rows }, Q1)[0]!.outcomes;
    // January: 31 Jan is a Saturday, so no window time in the stretch: no incident
    expect(jan!.facts).toEqual({ downtimeMs: 0, windowMs: 22 * 8 * HOUR, incidents: 0 });
    // February: 09:00-11:00 on the 2nd (2 h), 16:00-17:00 on the 27th (1 h); 20 working days
    expect(feb!.facts).toEqual({ downtimeMs: 3 * HOUR, windowMs: 20 * 8 * HOUR, incidents: 2, firstIncidentEnd: utc('2026-02-02T11:00:00Z') });
    // March: 09:00-09:30 on the 2nd, the end of a stretch that began in February
    expect(mar!.facts).toEqual({ downtimeMs: HOUR / 2, windowMs: 22 * 8 * HOUR, incidents: 1, firstIncidentEnd: utc('2026-03-02T09:30:00Z') });
  });

  it('no window time: no-data, with facts all the same', () => {
    const never = availability({ outages }, { data: 'outages', window: 'none' }, { calendars: { none: { hours: {} } } });
    const [o] = metricRun(never, { outages: rows }, { period: '2026-02', asOf: Q1.asOf })[0]!.outcomes;
    expect(o).toMatchObject({ value: null, facts: { downtimeMs: 0, windowMs: 0, incidents: 0 } });
  });

  it('a whole stretch of 24x7 downtime in the quarter', () => {
    const whole = availability({ outages }, { data: 'outages', period: 'quarter' });
    const [o] = metricRun(whole, { outages: rows }, Q1)[0]!.outcomes;
    expect(o!.facts).toMatchObject({ incidents: 4, firstIncidentEnd: utc('2026-02-02T11:00:00Z') });
    // 31 Jan 16:00 - 2 Feb 11:00 = 8 + 24 + 11 h; 1 h; 2 h; 27 Feb 16:00 - 2 Mar 09:30 = 8 + 24 + 24 + 9.5 h
    expect(o!.facts!.downtimeMs).toBe((43 + 1 + 2 + 65.5) * HOUR);
  });
});
