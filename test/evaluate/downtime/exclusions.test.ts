import { availability, DAY, evaluateCsv, HOUR, MARCH_MS } from './helpers';

const outages = { kind: 'intervals', file: 'o.csv', columns: { start: 's', end: 'e' } };
const planned = { kind: 'intervals', file: 'p.csv', columns: { start: 's', end: 'e', service: 'svc' } };
const deployments = { kind: 'intervals', file: 'd.csv', columns: { start: 's', end: 'e' } };

const OUTAGES = ['s,e', '2026-03-05T02:00:00Z,2026-03-05T06:00:00Z', '2026-03-20T00:00:00Z,2026-03-20T02:00:00Z'].join('\n');
const PLANNED = [
  's,e,svc,kind',
  '2026-01-10T00:00:00Z,2026-01-10T04:00:00Z,svc,scheduled', // 4 h in January: uses the year's budget
  '2026-03-05T00:00:00Z,2026-03-05T05:00:00Z,svc,scheduled', // 5 h: 9 h used
  '2026-03-20T00:00:00Z,2026-03-20T03:00:00Z,svc,scheduled', // only its first hour is within 10 h
  '2026-03-25T00:00:00Z,2026-03-25T03:00:00Z,other,scheduled', // another service's
  '2026-03-26T00:00:00Z,2026-03-26T03:00:00Z,svc,emergency', // left out by where
].join('\n');

describe('exclude and excludeFromWindow with data sources', () => {
  it('exclude: the source’s intervals are not downtime, and stay in the window time', () => {
    const a = availability({ outages, planned }, { data: 'outages', exclude: [{ data: 'planned', where: { kind: 'scheduled' } }] });
    const r = evaluateCsv(a, { outages: OUTAGES, planned: PLANNED }).results[0]!;
    // 5 March: 02:00-06:00 less 00:00-05:00 = 1 h; 20 March: 00:00-02:00 less 00:00-03:00 = 0
    expect(r).toMatchObject({ downtimeSeconds: 3600, windowSeconds: MARCH_MS / 1000 });
  });

  it('a budget excludes in time order up to upTo per calendar span, counting time used before the range', () => {
    const a = availability({ outages, planned }, { data: 'outages', exclude: [{ data: 'planned', where: { kind: 'scheduled' }, upTo: '10h', per: 'year' }] });
    const r = evaluateCsv(a, { outages: OUTAGES, planned: PLANNED }).results[0]!;
    // budget 10 h: 4 h in January, 5 h on 5 March, then only 00:00-01:00 on 20 March
    // 5 March: 02:00-06:00 less 00:00-05:00 = 1 h; 20 March: 00:00-02:00 less 00:00-01:00 = 1 h
    expect(r.downtimeSeconds).toBe(2 * 3600);
    // a monthly budget of 6 h: 5 h on 5 March, 1 h on 20 March: the same here
    const monthly = availability({ outages, planned }, { data: 'outages', exclude: [{ data: 'planned', where: { kind: 'scheduled' }, upTo: '6h', per: 'month' }] });
    expect(evaluateCsv(monthly, { outages: OUTAGES, planned: PLANNED }).results[0]!.downtimeSeconds).toBe(2 * 3600);
    // 3 h a month: 5 March excludes 00:00-03:00 only, 20 March nothing: 3 h + 2 h
    const small = availability({ outages, planned }, { data: 'outages', exclude: [{ data: 'planned', where: { kind: 'scheduled' }, upTo: '3h', per: 'month' }] });
    expect(evaluateCsv(small, { outages: OUTAGES, planned: PLANNED }).results[0]!.downtimeSeconds).toBe(5 * 3600);
  });

  it('excludeFromWindow: the source’s intervals leave both the window time and the downtime', () => {
    const a = availability({ outages, planned }, { data: 'outages', excludeFromWindow: [{ data: 'planned', where: { kind: 'scheduled' } }] });
    const r = evaluateCsv(a, { outages: OUTAGES, planned: PLANNED }).results[0]!;
    // W = March less 5 h and 3 h; D = 1 h
    expect(r).toMatchObject({ downtimeSeconds: 3600, windowSeconds: (MARCH_MS - 8 * HOUR) / 1000 });
    expect(r.value).toBe((100 * (MARCH_MS - 9 * HOUR)) / (MARCH_MS - 8 * HOUR));
  });

  it('excludeFromWindow with maintenance windows, beside exclude', () => {
    const a = availability(
      { outages },
      { data: 'outages', excludeFromWindow: ['freeze'], exclude: ['maintenance'] },
      { maintenance: { windows: [{ id: 'freeze', from: '2026-03-05T04:00', to: '2026-03-05T05:00' }, { id: 'night', from: '2026-03-20T01:00', to: '2026-03-20T01:30' }] } },
    );
    const r = evaluateCsv(a, { outages: OUTAGES }).results[0]!;
    // W less the freeze hour; D: 4 h less the freeze hour (both lists say `freeze`), 2 h less 30 minutes
    expect(r).toMatchObject({ windowSeconds: (MARCH_MS - HOUR) / 1000, downtimeSeconds: 3 * 3600 + 1.5 * 3600 });
  });

  it('refuses an item it cannot read', () => {
    const events = { kind: 'events', file: 'e.csv', columns: { time: 't' } };
    const bad = (item: Record<string, unknown>) => () => evaluateCsv(availability({ outages, planned, events }, { data: 'outages', exclude: [item] }), {});
    expect(bad({ data: 'planned', upTo: '10h' })).toThrow("exclude item 1 of metric 'up': a budget needs both upTo (a duration such as 10h) and per (day, week, month, quarter or year)");
    expect(bad({ data: 'events' })).toThrow("exclude item 1 of metric 'up': data source 'events' is of kind 'events', not intervals");
  });
});

describe('deployed', () => {
  it('measures only within the deployed time: W and D', () => {
    const a = availability({ outages, deployments }, { data: 'outages', deployed: { data: 'deployments' } });
    // deployed 1-10 March and from 20 March 01:00: the outage on 5 March counts whole, on 20 March one hour of two
    const r = evaluateCsv(a, { outages: OUTAGES, deployments: 's,e\n2026-03-01T00:00:00Z,2026-03-11T00:00:00Z\n2026-03-20T01:00:00Z,\n' }).results[0]!;
    expect(r).toMatchObject({ windowSeconds: (10 * DAY + 12 * DAY - HOUR) / 1000, downtimeSeconds: 5 * 3600 });
  });

  it('per resource: each resource’s own deployed time; a resource never deployed has no data', () => {
    const a = availability({ outages, deployments }, { data: 'outages', per: 'vm', deployed: { data: 'deployments', where: { state: 'running' } } });
    const ev = evaluateCsv(a, {
      outages: 's,e,vm\n2026-03-05T02:00:00Z,2026-03-05T06:00:00Z,a\n2026-03-05T02:00:00Z,2026-03-05T06:00:00Z,b\n',
      deployments: 's,e,vm,state\n2026-03-05T00:00:00Z,2026-03-06T00:00:00Z,a,running\n2026-03-01T00:00:00Z,2026-04-01T00:00:00Z,b,stopped\n',
    });
    expect(ev.results.map((r) => [r.resource, r.status, r.windowSeconds, r.downtimeSeconds])).toEqual([
      ['a', 'breached', 86400, 4 * 3600],
      ['b', 'no-data', 0, 0],
    ]);
  });
});
