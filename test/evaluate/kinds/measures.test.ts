import { agreementWith, evaluate, utc } from '../helpers';

const AS_OF = utc('2027-01-01T00:00:00Z');

describe('ratio', () => {
  it('events: rows that match good over rows that match where', () => {
    const a = agreementWith({
      data: { req: { kind: 'events', file: 'r.csv', columns: { time: 't' } } },
      metrics: [{ id: 'r', name: 'R', kind: 'ratio', data: 'req', where: { route: '/c' }, good: { ms: { lte: 800 } }, period: 'month', target: '>= 50%' }],
    });
    const csv = 't,route,ms\n2026-03-01T00:00:00Z,/c,800\n2026-03-05T00:00:00Z,/c,801\n2026-03-06T00:00:00Z,/c,100\n2026-03-07T00:00:00Z,/x,5000\n,/c,1\n';
    const r = evaluate(a, { period: '2026-03', asOf: AS_OF }, { req: csv }).results[0]!;
    expect(r).toMatchObject({ good: 2, total: 3, status: 'met' });
    expect(r.value).toBeCloseTo(200 / 3, 12);
  });

  it('counts: Σgood / Σtotal; no rows gives no-data', () => {
    const a = agreementWith({
      data: { c: { kind: 'counts', file: 'c.csv', columns: { time: 't', good: 'ok', total: 'all' } } },
      metrics: [{ id: 'r', name: 'R', kind: 'ratio', data: 'c', period: 'month', target: '>= 99.9%' }],
    });
    const ev = evaluate(a, { from: '2026-03', to: '2026-04', asOf: AS_OF }, { c: 't,ok,all\n2026-03-01T00:00:00Z,999,1000\n2026-03-02T00:00:00Z,1000,1000\n' });
    expect(ev.results[0]).toMatchObject({ good: 1999, total: 2000, rows: 2, value: 99.95, status: 'met' });
    expect(ev.results[1]).toMatchObject({ period: '2026-04', value: null, status: 'no-data' });
  });
});

describe('percentile', () => {
  it('nearest rank over matching rows, with the target in another time unit', () => {
    const a = agreementWith({
      data: { req: { kind: 'events', file: 'r.csv', columns: { time: 't' } } },
      metrics: [{ id: 'p', name: 'P', kind: 'percentile', data: 'req', value: 'ms', unit: 'ms', percentile: 90, period: 'month', target: '<= 1s' }],
    });
    const rows = Array.from({ length: 10 }, (_, i) => `2026-03-0${(i % 9) + 1}T00:00:00Z,${(10 - i) * 110}`);
    const ev = evaluate(a, { period: '2026-03', asOf: AS_OF }, { req: ['t,ms', ...rows].join('\n') });
    expect(ev.results[0]).toMatchObject({ value: 990, rank: 9, count: 10, unit: 'ms', status: 'met' });
  });
});

describe('aggregate', () => {
  const metric = (aggregate: string, target = '>= 0') =>
    agreementWith({
      data: { leads: { kind: 'events', file: 'l.csv', columns: { time: 't' } } },
      metrics: [{ id: 'a', name: 'A', kind: 'aggregate', aggregate, value: 'v', data: 'leads', where: { q: 'yes' }, period: 'month', target }],
    });
  const csv = 't,q,v\n2026-03-01T00:00:00Z,yes,10.5\n2026-03-02T00:00:00Z,yes,2\n2026-03-03T00:00:00Z,no,1000\n2026-03-04T00:00:00Z,no,oops\n';
  it.each([
    ['count', 2],
    ['sum', 12.5],
    ['mean', 6.25],
    ['min', 2],
    ['max', 10.5],
  ])('%s', (fn, want) => {
    expect(evaluate(metric(fn), { period: '2026-03', asOf: AS_OF }, { leads: csv }).results[0]).toMatchObject({ value: want, count: 2 });
  });
  it('count and sum of no rows are 0; mean, min and max are no-data', () => {
    const empty = 't,q,v\n';
    expect(evaluate(metric('count', '>= 1'), { period: '2026-03', asOf: AS_OF }, { leads: empty }).results[0]).toMatchObject({ value: 0, status: 'breached' });
    expect(evaluate(metric('sum'), { period: '2026-03', asOf: AS_OF }, { leads: empty }).results[0]).toMatchObject({ value: 0, status: 'met' });
    for (const fn of ['mean', 'min', 'max']) {
      expect(evaluate(metric(fn), { period: '2026-03', asOf: AS_OF }, { leads: empty }).results[0]).toMatchObject({ value: null, status: 'no-data' });
    }
  });
});

describe('duration', () => {
  const agreement = agreementWith({
    calendars: { office: { hours: { 'mon-fri': '09:00-17:00' } } },
    data: {
      tickets: { kind: 'items', file: 't.csv', columns: { id: 'id' } },
      waits: { kind: 'intervals', file: 'w.csv', columns: { id: 'id', start: 'from', end: 'to' } },
    },
    metrics: [{ id: 'd', name: 'D', kind: 'duration', data: 'tickets', from: 'opened', to: 'closed', window: 'office', pauses: 'waits', within: '4h', period: 'month', target: '>= 50%' }],
  });
  const tickets = [
    'id,opened,closed',
    'A,2026-03-02T09:00:00Z,2026-03-02T13:00:00Z', // 4h: within (<=)
    'B,2026-03-02T09:00:00Z,2026-03-02T13:01:00Z', // 4h01: over
    'C,2026-03-02T09:00:00Z,2026-03-02T15:00:00Z', // 6h minus 2h paused (overlapping pauses): within
    'D,2026-03-06T16:00:00Z,2026-03-09T11:00:00Z', // Fri 16:00 to Mon 11:00 = 3h of office time: within
    'E,2026-03-31T15:00:00Z,', // open: 2h by the end of the range: pending
    'F,2026-03-30T09:00:00Z,', // open: 16h by the end of the range: breached
    'G,,', // no from: no period
  ].join('\n');
  const waits = 'id,from,to\nC,2026-03-02T10:00:00Z,2026-03-02T11:30:00Z\nC,2026-03-02T11:00:00Z,2026-03-02T12:00:00Z\nC,2026-03-02T20:00:00Z,2026-03-02T21:00:00Z\n';

  it('counts window time minus paused window time; open items are breached or pending', () => {
    const r = evaluate(agreement, { period: '2026-03', asOf: AS_OF }, { tickets, waits }).results[0]!;
    expect(r).toMatchObject({ within: 3, counted: 5, pending: 1, value: 60, status: 'met' });
  });

  it('an open item is measured up to --as-of when that is earlier', () => {
    const r = evaluate(agreement, { period: '2026-03', asOf: utc('2026-03-30T12:00:00Z') }, { tickets, waits }).results[0]!;
    // F has 3h by as-of: pending; E opens after as-of: not seen
    expect(r).toMatchObject({ partial: true, within: 3, counted: 4, pending: 1 });
  });
});

describe('periods and --as-of', () => {
  it('periods that have not begun by --as-of are left out; the current one is partial', () => {
    const a = agreementWith({
      data: { leads: { kind: 'events', file: 'l.csv', columns: { time: 't' } } },
      metrics: [{ id: 'n', name: 'N', kind: 'aggregate', aggregate: 'count', data: 'leads', period: 'month', target: '>= 1' }],
    });
    const ev = evaluate(a, { asOf: utc('2026-03-10T00:00:00Z') }, { leads: 't\n2026-03-01T00:00:00Z\n2026-03-11T00:00:00Z\n' });
    expect(ev.results.map((r) => [r.period, r.partial, r.value, r.status])).toEqual([
      ['2026-01', false, 0, 'breached'],
      ['2026-02', false, 0, 'breached'],
      ['2026-03', true, 1, 'met'],
    ]);
  });
});
