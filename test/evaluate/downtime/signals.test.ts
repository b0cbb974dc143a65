import { availability, evaluateCsv, MARCH_MS, MINUTE } from './helpers';

const web = { kind: 'counts', file: 'w.csv', columns: { time: 't', good: 'ok', total: 'n', service: 'svc' } };
const inop = { kind: 'intervals', file: 'i.csv', columns: { start: 's', end: 'e', service: 'svc' } };

const WEB = [
  't,ok,n,svc',
  '2026-03-02T10:00:00Z,0,100,svc', // down
  '2026-03-02T10:01:00Z,0,100,svc', // down
  '2026-03-02T10:02:00Z,100,100,svc', // up
  '2026-03-02T11:00:00Z,0,100,other', // another service's: not read
].join('\n');
const INOP = [
  's,e,svc,who',
  '2026-03-02T10:01:00Z,2026-03-02T10:04:00Z,svc,provider', // overlaps the down minute 10:01
  '2026-03-05T00:00:00Z,2026-03-05T00:10:00Z,other,provider', // another service's
  '2026-03-06T00:00:00Z,2026-03-06T00:10:00Z,svc,customer', // left out by the signal's where
].join('\n');

describe('signals', () => {
  it('join the metric’s downtime: an instant down in both counts once', () => {
    const a = availability({ web, inop }, { data: 'web', slice: '1m', downWhen: '< 95%', signals: [{ data: 'inop', where: { who: 'provider' } }] });
    const r = evaluateCsv(a, { web: WEB, inop: INOP }).results[0]!;
    // slices down 10:00-10:02, the signal 10:01-10:04: the union is 10:00-10:04, 4 minutes (not 2 + 3)
    expect(r.downtimeSeconds).toBe(240);
    expect(r).toMatchObject({ slices: 31 * 1440, downSlices: 2 });
    expect(r.value).toBe((100 * (MARCH_MS - 4 * MINUTE)) / MARCH_MS);
  });

  it('a signal of slices joins a metric of intervals, with its own slice, downWhen, good and emptySlices', () => {
    const events = { kind: 'events', file: 'e.csv', columns: { time: 't' } };
    const a = availability({ inop, events }, { data: 'inop', signals: [{ data: 'events', slice: '5m', downWhen: '< 50%', good: { code: { lt: 500 } } }] });
    const EVENTS = ['t,code', '2026-03-03T00:00:00Z,500', '2026-03-03T00:01:00Z,200', '2026-03-03T00:02:00Z,503', '2026-03-03T00:05:00Z,200'].join('\n');
    // events: 00:00-00:05 has 1 good of 3 (33% < 50%): down 5 minutes; 00:05-00:10 is up
    // intervals: 10:01-10:04 on the 2nd (3 minutes) and the customer's 10 minutes on the 6th (no where here)
    const r = evaluateCsv(a, { inop: INOP, events: EVENTS }).results[0]!;
    expect(r.downtimeSeconds).toBe((5 + 3 + 10) * 60);
    // the counts behind the value are the metric's own: intervals have no slices
    expect(r.slices).toBeUndefined();
  });

  it('a signal’s empty slices can be down: time without rows then counts as down', () => {
    const events = { kind: 'events', file: 'e.csv', columns: { time: 't' } };
    const a = availability(
      { inop, events },
      { data: 'inop', window: 'hour', signals: [{ data: 'events', slice: '15m', downWhen: '< 50%', emptySlices: 'down' }] },
      { calendars: { hour: { hours: { 'mon-sun': '09:00-10:00' } } } },
    );
    // every day 09:00-10:00 has 4 slices of 15 minutes; rows only in 09:00-09:30 on each day: so the slices 09:30-10:00 are down
    const rows = ['t'];
    for (let d = 1; d <= 31; d++) rows.push(`2026-03-${String(d).padStart(2, '0')}T09:00:00Z`, `2026-03-${String(d).padStart(2, '0')}T09:15:00Z`);
    const r = evaluateCsv(a, { inop: 's,e,svc,who\n', events: rows.join('\n') }).results[0]!;
    expect(r.windowSeconds).toBe(31 * 3600);
    expect(r.downtimeSeconds).toBe(31 * 30 * 60);
    expect(r.value).toBe(50);
  });

  it('refuses a signal it cannot read, naming the signal', () => {
    const items = { kind: 'items', file: 'x.csv', columns: { from: 'f', to: 't' } };
    const events = { kind: 'events', file: 'e.csv', columns: { time: 't' } };
    const bad = (signal: Record<string, unknown>) => () => evaluateCsv(availability({ inop, items, events }, { data: 'inop', signals: [signal] }), {});
    expect(bad({ data: 'nope' })).toThrow("metric 'up' reads unknown data source 'nope'");
    expect(bad({ data: 'items' })).toThrow("signal 1 of metric 'up': data source 'items' is of kind 'items'; a signal reads intervals, events or counts");
    expect(bad({ data: 'events', downWhen: '< 5%' })).toThrow("signal 1 of metric 'up': slice '' is not a duration such as 1m (a signal over events needs one)");
    expect(bad({ data: 'events', slice: '1m' })).toThrow(`signal 1 of metric 'up': downWhen '' is not a condition like "< 95%"`);
  });
});
