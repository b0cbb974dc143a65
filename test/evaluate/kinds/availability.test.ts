import { agreementWith, evaluate, utc } from '../helpers';

const incidents = (metric: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  agreementWith({
    data: { inc: { kind: 'intervals', file: 'inc.csv', columns: { start: 's', end: 'e', service: 'svc' } } },
    metrics: [{ id: 'up', name: 'Up', service: 'svc', owner: 'p', kind: 'availability', data: 'inc', period: 'month', target: '>= 99%', ...metric }],
    ...extra,
  });

describe('availability from intervals', () => {
  const csv = ['s,e,svc,kind', '2026-03-02T10:00:00Z,2026-03-02T12:00:00Z,svc,x', '2026-03-02T11:00:00Z,2026-03-02T13:00:00Z,svc,x', '2026-03-03T00:00:00Z,2026-03-03T05:00:00Z,other,x'].join('\n');

  it('takes the union of the matching rows, per service', () => {
    const r = evaluate(incidents({}), { period: '2026-03', asOf: utc('2027-01-01T00:00:00Z') }, { inc: csv }).results[0]!;
    expect(r.downtimeSeconds).toBe(3 * 3600);
    expect(r.windowSeconds).toBe(31 * 86400);
    expect(r.value).toBeCloseTo((100 * (31 * 86400 - 3 * 3600)) / (31 * 86400), 12);
    expect(r.status).toBe('met');
  });

  it('clips to the window and leaves excluded time in W but out of D', () => {
    const a = incidents(
      { window: 'day', exclude: ['maintenance'] },
      {
        calendars: { day: { hours: { 'mon-fri': '09:00-17:00' } } },
        maintenance: { windows: [{ id: 'm', every: 'mon 11:30-12:00' }] },
      },
    );
    const r = evaluate(a, { period: '2026-03', asOf: utc('2027-01-01T00:00:00Z') }, { inc: csv }).results[0]!;
    // 10:00-13:00 on Monday 2 March is inside 09-17; minus 11:30-12:00 maintenance
    expect(r.downtimeSeconds).toBe(2.5 * 3600);
    expect(r.windowSeconds).toBe(22 * 8 * 3600);
  });

  it('outside a calendar is its complement', () => {
    const a = incidents({ window: { outside: 'day' } }, { calendars: { day: { hours: { 'mon-fri': '09:00-12:00' } } } });
    const r = evaluate(a, { period: '2026-03', asOf: utc('2027-01-01T00:00:00Z') }, { inc: csv }).results[0]!;
    expect(r.downtimeSeconds).toBe(3600);
    expect(r.windowSeconds).toBe(31 * 86400 - 22 * 3 * 3600);
  });

  it('an empty end lasts until --as-of; a partial period is measured to --as-of and earns no credit', () => {
    const a = incidents({ credits: [{ when: '< 99%', credit: '10%' }] });
    const open = 's,e,svc\n2026-03-10T00:00:00Z,,svc\n';
    const ev = evaluate(a, { period: '2026-03', asOf: utc('2026-03-11T00:00:00Z') }, { inc: open });
    const r = ev.results[0]!;
    expect(r.partial).toBe(true);
    expect(r.end).toBe('2026-04-01T00:00:00+00:00');
    expect(r.windowSeconds).toBe(10 * 86400);
    expect(r.downtimeSeconds).toBe(86400);
    expect(r.status).toBe('breached');
    expect(r.credit).toBe(0);
    expect(ev.credits).toEqual([]);
  });

  it('no rows means no downtime; no window time means no-data', () => {
    const a = incidents({ window: 'never' }, { calendars: { never: { hours: { sat: '10:00-11:00' }, holidays: [{ date: '2026-03-07' }, { date: '2026-03-14' }, { date: '2026-03-21' }, { date: '2026-03-28' }] } } });
    const ev = evaluate(a, { period: '2026-03', asOf: utc('2027-01-01T00:00:00Z') }, { inc: 's,e,svc\n' });
    expect(ev.results[0]).toMatchObject({ status: 'no-data', value: null, windowSeconds: 0 });
    const ev2 = evaluate(incidents({}), { period: '2026-03', asOf: utc('2027-01-01T00:00:00Z') }, { inc: 's,e,svc\n' });
    expect(ev2.results[0]).toMatchObject({ status: 'met', value: 100 });
  });
});

describe('availability from slices', () => {
  const counts = (metric: Record<string, unknown> = {}) =>
    agreementWith({
      data: { web: { kind: 'counts', file: 'w.csv', columns: { time: 't', good: 'ok', total: 'n' } } },
      metrics: [{ id: 'up', name: 'Up', service: 'svc', owner: 'p', kind: 'availability', data: 'web', slice: '1m', downWhen: '< 95%', period: 'day', target: '>= 99.9%', ...metric }],
      maintenance: { windows: [{ id: 'w', from: '2026-03-02T10:00:30', to: '2026-03-02T11:00:00' }] },
    });

  it('a slice is down when its share satisfies downWhen, exactly; empty slices are up', () => {
    const rows = [
      't,ok,n',
      '2026-03-02T00:00:00Z,95,100', // exactly 95%: up
      '2026-03-02T00:01:00Z,94,100', // down
      '2026-03-02T00:01:30Z,0,0', // same slice, adds nothing
      '2026-03-02T00:02:00Z,0,0', // total 0: up
      '2026-03-02T00:03:59.999Z,1,2', // down, last ms of its slice
      '2026-03-02T00:04:00Z,1,1', // boundary: starts the next slice, up
    ].join('\n');
    const r = evaluate(counts(), { period: '2026-03-02', asOf: utc('2027-01-01T00:00:00Z') }, { web: rows }).results[0]!;
    expect(r).toMatchObject({ slices: 1440, downSlices: 2, downtimeSeconds: 120, emptySlices: 1440 - 4 });
    expect(r.value).toBeCloseTo((100 * (86400 - 120)) / 86400, 12);
  });

  it('down time inside maintenance counts to the instant (half a slice counts half)', () => {
    const rows = 't,ok,n\n2026-03-02T10:00:00Z,0,5\n2026-03-02T10:01:00Z,0,5\n2026-03-02T11:00:00Z,0,5\n';
    const r = evaluate(counts({ exclude: ['w'] }), { period: '2026-03-02', asOf: utc('2027-01-01T00:00:00Z') }, { web: rows }).results[0]!;
    expect(r.downSlices).toBe(3);
    expect(r.downtimeSeconds).toBe(30 + 60);
  });

  it('events: good rows over rows, where before good; the last slice ends at --as-of', () => {
    const a = agreementWith({
      data: { api: { kind: 'events', file: 'a.csv', columns: { time: 't' } } },
      metrics: [{ id: 'api', name: 'Api', service: 'svc', owner: 'p', kind: 'availability', data: 'api', where: { route: { ne: '/health' } }, good: { status: { lt: 500 } }, slice: '5m', downWhen: '< 50%', period: 'day', target: '>= 99%' }],
    });
    const rows = ['t,route,status', '2026-03-02T00:00:00Z,/x,500', '2026-03-02T00:01:00Z,/health,200', '2026-03-02T00:06:00Z,/x,503', '2026-03-02T00:06:01Z,/x,404', '2026-03-02T00:11:00Z,/health,bad'].join('\n');
    const r = evaluate(a, { period: '2026-03-02', asOf: utc('2026-03-02T00:07:00Z') }, { api: rows }).results[0]!;
    expect(r).toMatchObject({ partial: true, slices: 2, downSlices: 1, downtimeSeconds: 300, windowSeconds: 420 });
  });
});
