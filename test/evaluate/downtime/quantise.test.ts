import fc from 'fast-check';
import { availability, evaluateCsv, MARCH, metricRun, utc } from './helpers';

const outages = { kind: 'intervals', file: 'o.csv', columns: { start: 's', end: 'e' } };
const inop = { kind: 'intervals', file: 'i.csv', columns: { start: 's', end: 'e' } };

describe('downtime.minimum', () => {
  const rows = [
    's,e',
    '2026-03-02T10:00:00Z,2026-03-02T10:04:00Z', // 4 minutes: dropped
    '2026-03-02T11:00:00Z,2026-03-02T11:05:00Z', // exactly 5: kept
    '2026-03-02T12:00:00Z,2026-03-02T12:03:00Z', // with the next row, one stretch of 6 minutes: kept
    '2026-03-02T12:03:00Z,2026-03-02T12:06:00Z',
    '2026-02-28T23:58:00Z,2026-03-01T00:00:00Z', // before the range, with the next a stretch of 4 minutes: dropped
    '2026-03-01T00:00:00Z,2026-03-01T00:02:00Z',
    '2026-03-31T23:58:00Z,2026-04-01T00:03:00Z', // 5 minutes, 2 of them in March: kept before clipping
  ].join('\n');

  it('drops stretches of downtime shorter than it, measured before clipping to the period', () => {
    const r = evaluateCsv(availability({ outages }, { data: 'outages', downtime: { minimum: '5m' } }), { outages: rows }).results[0]!;
    // 5 + 6 + 2 minutes
    expect(r.downtimeSeconds).toBe(13 * 60);
  });

  it('is applied after joining signals: a short stretch made long by a signal counts', () => {
    const a = availability({ outages, inop }, { data: 'outages', downtime: { minimum: '5m' }, signals: [{ data: 'inop' }] });
    // 10:00-10:04 joined with the signal's 10:04-10:06 is one stretch of 6 minutes
    const r = evaluateCsv(a, { outages: rows, inop: 's,e\n2026-03-02T10:04:00Z,2026-03-02T10:06:00Z\n' }).results[0]!;
    expect(r.downtimeSeconds).toBe((13 + 6) * 60);
  });
});

describe('downtime.unit', () => {
  const rows = [
    's,e',
    '2026-03-02T10:00:00Z,2026-03-02T10:04:30Z', // 4.5 minutes: 4
    '2026-03-02T11:00:00Z,2026-03-02T11:00:59Z', // 59 seconds: 0, and no incident
    '2026-03-02T12:00:00Z,2026-03-02T12:01:30Z', // with the signal 12:01:30-12:02:10, one stretch of 2:10: 2
    '2026-03-02T13:00:00Z,2026-03-02T13:10:30Z', // 10.5 minutes, less 1 minute of maintenance: 9.5, so 9
    '2026-03-31T23:59:30Z,2026-04-01T00:01:00Z', // 30 seconds in March: 0
  ].join('\n');
  const a = availability(
    { outages, inop },
    { data: 'outages', downtime: { unit: '1m' }, signals: [{ data: 'inop' }], exclude: ['m'] },
    { maintenance: { windows: [{ id: 'm', from: '2026-03-02T13:05', to: '2026-03-02T13:06' }] } },
  );
  const data = { outages: rows, inop: 's,e\n2026-03-02T12:01:30Z,2026-03-02T12:02:10Z\n' };

  it('rounds each stretch’s downtime in the period and window, after exclusions, down to whole units', () => {
    const r = evaluateCsv(a, data).results[0]!;
    expect(r.downtimeSeconds).toBe((4 + 2 + 9) * 60);
  });

  it('a stretch rounded down to nothing is not an incident', () => {
    const facts = metricRun(a, data)[0]!.outcomes[0]!.facts!;
    expect(facts).toEqual({ downtimeMs: 15 * 60_000, windowMs: 31 * 86_400_000, incidents: 3, firstIncidentEnd: utc('2026-03-02T10:04:30Z') });
  });

  it('agrees with rounding the maximal runs of a millisecond brute force, after dropping short ones (property)', () => {
    const day = utc('2026-03-02T00:00:00Z');
    const stamp = (ms: number) => new Date(day + ms).toISOString();
    const row = fc.tuple(fc.integer({ min: 0, max: 250 }), fc.integer({ min: 1, max: 40 }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 10 }), fc.integer({ min: 1, max: 13 }), fc.integer({ min: 0, max: 30 }), (list, unit, minimum) => {
        const downtime = { unit: `PT${unit / 1000}S`, ...(minimum > 0 ? { minimum: `PT${minimum / 1000}S` } : {}) };
        const metric = availability({ outages }, { data: 'outages', period: 'day', downtime });
        const csv = ['s,e', ...list.map(([s, l]) => `${stamp(s)},${stamp(s + l)}`)].join('\n');
        const r = evaluateCsv(metric, { outages: csv }, { period: '2026-03-02', asOf: MARCH.asOf }).results[0]!;
        let want = 0;
        let run = 0;
        for (let t = 0; t <= 300; t++) {
          if (list.some(([s, l]) => s <= t && t < s + l)) run++;
          else {
            if (run >= minimum) want += Math.floor(run / unit) * unit;
            run = 0;
          }
        }
        expect(Math.round(r.downtimeSeconds! * 1000)).toBe(want);
      }),
      { numRuns: 300 },
    );
  });
});

describe('durations of the rules', () => {
  it('refuses a minimum or unit that is not a duration', () => {
    expect(() => evaluateCsv(availability({ outages }, { data: 'outages', downtime: { unit: 'soon' } }), { outages: 's,e\n' })).toThrow("metric 'up': downtime.unit 'soon' is not a duration such as 1m");
    expect(() => evaluateCsv(availability({ outages }, { data: 'outages', downtime: { minimum: '0m' } }), { outages: 's,e\n' })).toThrow("metric 'up': downtime.minimum '0m' is not a duration such as 1m");
  });
});
