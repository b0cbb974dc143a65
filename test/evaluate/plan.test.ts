import { join } from 'node:path';
import { isSlaError } from '../../src/core/errors';
import { planEvaluation } from '../../src/evaluate';
import { RowError } from '../../src/rows';
import { agreementWith, evaluate, loadAgreement, utc } from './helpers';
import { REFERENCE } from '../helpers/reference';

const hosting = loadAgreement(join(REFERENCE, 'managed-hosting.sla.yaml'));
const AS_OF = utc('2026-12-05T00:00:00Z');

function usageError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isSlaError(e) && e.exitCode === 2) return e.message;
    throw e;
  }
  throw new Error('no error');
}

describe('planEvaluation options', () => {
  it('lists only the sources the selected metrics need, with their columns', () => {
    const plan = planEvaluation(hosting, { file: 'a', asOf: AS_OF, metrics: ['p2-resolution'] });
    expect(plan.sources.map((s) => s.name)).toEqual(['tickets', 'customer-waits']);
    expect(plan.sources[0]).toMatchObject({ kind: 'items', file: 'data/tickets.csv' });
    expect([...plan.sources[0]!.columns].sort()).toEqual(['opened_at', 'priority', 'resolved_at', 'ticket']);
    expect([...plan.sources[1]!.columns].sort()).toEqual(['from', 'ticket', 'to']);
  });

  it('evaluates the metrics that excuse a selected one, without reporting them', () => {
    const ev = evaluate(hosting, { from: '2026-10', to: '2026-10', asOf: AS_OF, metrics: ['change-delivery'] });
    expect(ev.results.map((r) => `${r.metric} ${r.period} ${r.status}`)).toEqual(['change-delivery 2026-10 excused']);
    expect(ev.results[0]!.excusedBy).toEqual(['spec-delivery']);
  });

  it('rejects an unknown metric with a suggestion', () => {
    expect(usageError(() => planEvaluation(hosting, { file: 'a', asOf: AS_OF, metrics: ['uptime-busines'] }))).toMatch(/unknown metric 'uptime-busines' \(did you mean 'uptime-business'\?\)/);
  });

  it.each([
    [{ from: '2026-13' }, /--from '2026-13' is not a period label/],
    [{ to: 'soon' }, /--to 'soon' is not a period label/],
    [{ period: '2026-W54' }, /--period '2026-W54'/],
    [{ period: '2026-Q1', from: '2026-01' }, /--period cannot be combined/],
    [{ from: '2027-01' }, /selects no time within the agreement's term/],
    [{ from: '2026-11', to: '2026-10' }, /selects no time/],
  ])('rejects %j', (opts, message) => {
    expect(usageError(() => planEvaluation(hosting, { file: 'a', asOf: AS_OF, ...opts }))).toMatch(message);
  });

  it('clips periods to the range: a term starting on a Thursday makes a short first week', () => {
    const ms = loadAgreement(join(REFERENCE, 'marketing-sales.sla.yaml'));
    const plan = planEvaluation(ms, { file: 'a', asOf: AS_OF, metrics: ['sync-success'], to: '2026-W02' });
    const sink = plan.sink('sync');
    sink.row(['2026-01-01T12:00:00Z', '1', '2']);
    const ev = plan.finish();
    expect(ev.results.map((r) => [r.period, r.start, r.end, r.total])).toEqual([
      ['2026-W01', '2026-01-01T00:00:00-05:00', '2026-01-05T00:00:00-05:00', 2],
      ['2026-W02', '2026-01-05T00:00:00-05:00', '2026-01-12T00:00:00-05:00', 0],
    ]);
  });

  it("refuses a fee whose 'per' differs from a credited metric's period", () => {
    const a = agreementWith({
      data: { inc: { kind: 'intervals', file: 'i.csv', columns: { start: 's', end: 'e' } } },
      metrics: [{ id: 'up', name: 'Up', service: 'svc', owner: 'p', kind: 'availability', data: 'inc', period: 'quarter', target: '>= 99%', credits: [{ when: '< 99%', credit: '5%' }] }],
    });
    expect(usageError(() => planEvaluation(a, { file: 'a', asOf: AS_OF }))).toMatch(/judged per quarter but the fee of service 'svc' is per month/);
  });
});

describe('rows', () => {
  const plan = () =>
    planEvaluation(hosting, { file: 'a', asOf: AS_OF, from: '2026-09', to: '2026-09', metrics: ['checkout-latency', 'checkout-p95'] });
  const row = (columns: string[], cells: Record<string, string>) => columns.map((c) => cells[c] ?? '');
  const ok = { timestamp: '2026-09-02T10:00:00Z', service: 'shop-hosting', route: '/checkout', status: '200', latency_ms: '120' };

  function rowError(fn: () => void): RowError {
    try {
      fn();
    } catch (e) {
      if (e instanceof RowError) return e;
      throw e;
    }
    throw new Error('no RowError');
  }

  it('a bad cell throws RowError naming the field; a rejected row is counted by no metric', () => {
    const p = plan();
    const cols = p.sources[0]!.columns;
    const sink = p.sink('requests');
    sink.row(row(cols, ok));
    const e = rowError(() => sink.row(row(cols, { ...ok, latency_ms: 'abc' })));
    expect(cols[e.field]).toBe('latency_ms');
    expect(e.reason).toBe('not a number: "abc"');
    const t = rowError(() => sink.row(row(cols, { ...ok, timestamp: 'yesterday' })));
    expect(cols[t.field]).toBe('timestamp');
    const ev = p.finish();
    expect(ev.results.map((r) => r.total ?? r.count)).toEqual([1, 1]);
  });

  it('rows removed by service or where are not validated', () => {
    const p = plan();
    const cols = p.sources[0]!.columns;
    const sink = p.sink('requests');
    sink.row(row(cols, { ...ok, route: '/', latency_ms: 'abc', timestamp: 'junk' }));
    sink.row(row(cols, { ...ok, service: 'mail-relay', latency_ms: 'abc' }));
    expect(p.finish().results.every((r) => r.status === 'no-data')).toBe(true);
  });

  it('an interval ending before it starts is an error on its end', () => {
    const p = planEvaluation(hosting, { file: 'a', asOf: AS_OF, metrics: ['uptime-business'] });
    const cols = p.sources[0]!.columns;
    const e = rowError(() => p.sink('incidents').row(row(cols, { started_at: '2026-09-02T10:00:00Z', ended_at: '2026-09-02T09:00:00Z', service: 'shop-hosting' })));
    expect(cols[e.field]).toBe('ended_at');
  });

  it('a local time in a DST gap is an error unless the source sets dst', () => {
    const p = planEvaluation(hosting, { file: 'a', asOf: AS_OF, metrics: ['uptime-business'] });
    const cols = p.sources[0]!.columns;
    const e = rowError(() => p.sink('incidents').row(row(cols, { started_at: '2026-03-29T02:30:00', ended_at: '2026-03-29T04:00:00', service: 'shop-hosting' })));
    expect(cols[e.field]).toBe('started_at');
    expect(e.reason).toMatch(/does not exist/);
  });

  it('an unknown source name is a usage error', () => {
    expect(usageError(() => plan().sink('nope'))).toMatch(/no data source 'nope'/);
  });
});

describe('verdicts across metrics', () => {
  const a = (excuser: Record<string, unknown>) =>
    agreementWith({
      data: { c: { kind: 'counts', file: 'c.csv', columns: { time: 't', good: 'ok', total: 'n' } } },
      metrics: [
        { id: 'prov', name: 'P', service: 'svc', owner: 'p', kind: 'ratio', data: 'c', where: { m: 'p' }, period: 'month', target: '>= 90%', warning: '< 95%', credits: [{ when: '< 90%', credit: '5%' }], earnBack: { periods: 1 } },
        { id: 'cust', name: 'C', owner: 'c', kind: 'ratio', data: 'c', where: { m: 'c' }, period: 'month', target: '>= 90%', ...excuser },
      ],
    });
  const csv = ['t,m,ok,n', '2026-01-05T00:00:00Z,p,80,100', '2026-01-05T00:00:00Z,c,80,100', '2026-02-05T00:00:00Z,p,80,100', '2026-02-05T00:00:00Z,c,95,100', '2026-03-05T00:00:00Z,p,92,100', '2026-03-05T00:00:00Z,c,95,100'].join('\n');

  it('a breached customer metric excuses the metric it lists, in the same period only', () => {
    const ev = evaluate(a({ excuses: ['prov'] }), { from: '2026-01', to: '2026-03', asOf: utc('2026-04-15T00:00:00Z') }, { c: csv });
    expect(ev.results.map((r) => `${r.metric} ${r.period} ${r.status} ${r.credit} ${r.earnBack}`)).toEqual([
      'prov 2026-01 excused 0 null',
      'prov 2026-02 breached 5 waived', // March is at-risk: earned back
      'prov 2026-03 at-risk 0 null',
      'cust 2026-01 breached 0 null',
      'cust 2026-02 met 0 null',
      'cust 2026-03 met 0 null',
    ]);
    expect(ev.credits).toEqual([]);
    expect(ev.totals).toMatchObject({ breached: 2, atRisk: 1, met: 2, excused: 1, amount: 0 });
  });

  it('without excuses the credit is pending when no complete period follows, and counts', () => {
    const ev = evaluate(a({}), { from: '2026-01', to: '2026-03', asOf: utc('2026-03-15T00:00:00Z') }, { c: csv });
    const prov = ev.results.filter((r) => r.metric === 'prov');
    expect(prov.map((r) => [r.status, r.credit, r.earnBack, r.partial])).toEqual([
      ['breached', 5, null, false], // February breached too: it stands
      ['breached', 5, 'pending', false],
      ['at-risk', 0, null, true], // partial, judged on the rows before --as-of
    ]);
    expect(ev.credits.map((c) => [c.period, c.percent, c.amount])).toEqual([
      ['2026-01', 5, 50],
      ['2026-02', 5, 50],
    ]);
  });
});
