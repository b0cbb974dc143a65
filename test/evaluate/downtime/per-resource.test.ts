import fc from 'fast-check';
import { availability, evaluateCsv, MARCH_MS, metricRun, utc } from './helpers';

const outages = { kind: 'intervals', file: 'o.csv', columns: { start: 's', end: 'e', service: 'svc' } };
const ROWS = [
  's,e,svc,instance',
  '2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,svc,i-b',
  '2026-03-03T10:00:00Z,2026-03-03T10:30:00Z,svc,i-a',
  '2026-03-03T10:15:00Z,2026-03-03T10:45:00Z,svc,i-a',
  '2026-03-04T10:00:00Z,2026-03-04T12:00:00Z,other,i-c', // another service's: i-c is no resource here
  '2026-05-04T10:00:00Z,2026-05-04T12:00:00Z,svc,i-d', // outside the range: i-d is none either
].join('\n');

describe('per: COLUMN', () => {
  it('evaluates each resource on its own, in the order of their names', () => {
    const ev = evaluateCsv(availability({ outages }, { data: 'outages', per: 'instance' }), { outages: ROWS });
    expect(ev.results.map((r) => [r.resource, r.downtimeSeconds])).toEqual([
      ['i-a', 45 * 60],
      ['i-b', 3600],
    ]);
    expect(ev.results[1]!.value).toBe((100 * (MARCH_MS - 3_600_000)) / MARCH_MS);
  });

  it('adds the resources the plan names besides (its service’s charges): without rows, no downtime', () => {
    const runs = metricRun(availability({ outages }, { data: 'outages', per: 'instance' }), { outages: ROWS }, { period: '2026-03', asOf: utc('2027-01-01T00:00:00Z'), resources: () => ['i-z', 'i-a'] });
    expect(runs.map((r) => r.resource)).toEqual(['i-a', 'i-b', 'i-z']);
    expect(runs[2]!.outcomes[0]).toMatchObject({ value: 100, facts: { downtimeMs: 0, incidents: 0 } });
  });

  it('a metric without rows has no resources, so no results', () => {
    expect(evaluateCsv(availability({ outages }, { data: 'outages', per: 'instance' }), { outages: 's,e,svc,instance\n' }).results).toEqual([]);
  });

  it('an empty resource cell in a row the metric reads is a row error', () => {
    const a = availability({ outages }, { data: 'outages', per: 'instance' });
    expect(() => evaluateCsv(a, { outages: 's,e,svc,instance\n2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,svc,\n' })).toThrow('outages:2: instance: empty resource: the cell must name one');
    // a row of another service is not read, so not checked
    expect(evaluateCsv(a, { outages: 's,e,svc,instance\n2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,other,\n' }).results).toEqual([]);
  });

  it('slices and signals per resource: each reads its resource from the same column', () => {
    const web = { kind: 'counts', file: 'w.csv', columns: { time: 't', good: 'ok', total: 'n' } };
    const inop = { kind: 'intervals', file: 'i.csv', columns: { start: 's', end: 'e' } };
    const a = availability({ web, inop }, { data: 'web', per: 'product', slice: '1m', downWhen: '< 95%', signals: [{ data: 'inop' }] });
    const ev = evaluateCsv(a, {
      web: 't,product,ok,n\n2026-03-02T10:00:00Z,jira,0,100\n2026-03-02T10:01:00Z,jira,0,100\n2026-03-02T10:00:00Z,wiki,100,100\n',
      // only in the signal: 'chat' is a resource too
      inop: 's,e,product\n2026-03-02T10:01:00Z,2026-03-02T10:03:00Z,jira\n2026-03-09T08:20:00Z,2026-03-09T08:22:00Z,wiki\n2026-03-10T00:00:00Z,2026-03-10T00:01:00Z,chat\n',
    });
    expect(ev.results.map((r) => [r.resource, r.downtimeSeconds, r.downSlices])).toEqual([
      ['chat', 60, 0],
      ['jira', 180, 2], // 10:00-10:02 and the signal's 10:01-10:03: 3 minutes
      ['wiki', 120, 0],
    ]);
  });

  it('is each resource’s rows evaluated as a metric of their own (property)', () => {
    const names = ['a', 'b', 'c', 'd'];
    const row = fc.tuple(fc.constantFrom(...names), fc.integer({ min: 0, max: 60 * 24 * 31 - 1 }), fc.integer({ min: 1, max: 600 }), fc.boolean());
    const stamp = (minute: number) => new Date(utc('2026-03-01T00:00:00Z') + minute * 60_000).toISOString();
    const extra = { calendars: { work: { hours: { 'mon-fri': '09:00-17:00' } } }, maintenance: { windows: [{ id: 'm', every: 'sat 00:00-06:00' }] } };
    const metric = { data: 'outages', window: 'work', exclude: ['m'], downtime: { minimum: '10m', unit: '5m' } };
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), (list) => {
        const csv = ['s,e,svc,instance', ...list.map(([n, s, l, open]) => `${stamp(s)},${open ? '' : stamp(s + l)},svc,${n}`)].join('\n');
        const asOf = { period: '2026-03', asOf: utc('2026-04-05T00:00:00Z') };
        const per = evaluateCsv(availability({ outages }, { ...metric, per: 'instance' }, extra), { outages: csv }, asOf).results;
        const seen = names.filter((n) => list.some(([m]) => m === n));
        expect(per.map((r) => r.resource)).toEqual(seen);
        for (const r of per) {
          const alone = evaluateCsv(availability({ outages }, { ...metric, where: { instance: r.resource! } }, extra), { outages: csv }, asOf).results[0]!;
          expect({ ...r, resource: undefined }).toEqual({ ...alone, resource: undefined });
        }
      }),
      { numRuns: 100 },
    );
  });
});
