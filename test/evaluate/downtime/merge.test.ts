import fc from 'fast-check';
import { planEvaluation } from '../../../src/evaluate';
import { agreementWith, feed, utc } from '../helpers';

// Every downtime feature in one agreement, so that a split of its rows between two plans (threads
// reading parts of the files) must merge to what one plan fed all rows finishes with.
const agreement = agreementWith({
  data: {
    outages: { kind: 'intervals', file: 'o.csv', columns: { start: 's', end: 'e' } },
    web: { kind: 'counts', file: 'w.csv', columns: { time: 't', good: 'ok', total: 'n' } },
    calls: { kind: 'events', file: 'c.csv', columns: { time: 't' } },
    planned: { kind: 'intervals', file: 'p.csv', columns: { start: 's', end: 'e' } },
    deploy: { kind: 'intervals', file: 'd.csv', columns: { start: 's', end: 'e' } },
  },
  calendars: { work: { hours: { 'mon-fri': '08:00-18:00' } } },
  metrics: [
    {
      id: 'per-vm',
      name: 'A',
      kind: 'availability',
      data: 'outages',
      period: 'week',
      target: '>= 99%',
      per: 'vm',
      window: 'work',
      signals: [{ data: 'web', slice: '1h', downWhen: '< 50%', emptySlices: 'excluded' }, { data: 'calls', slice: '2h', downWhen: '< 50%', good: { code: { lt: 500 } } }],
      deployed: { data: 'deploy' },
      exclude: [{ data: 'planned', upTo: '3h', per: 'month' }],
      excludeFromWindow: [{ data: 'planned', where: { kind: 'freeze' } }],
      downtime: { minimum: '20m', unit: '15m' },
    },
    { id: 'zones', name: 'Z', kind: 'availability', data: 'outages', period: 'week', target: '>= 99%', downtime: { of: 'zone', atLeast: 2, outOf: 4 } },
    { id: 'shares', name: 'S', kind: 'availability', data: 'outages', period: 'week', target: '>= 99%', per: 'vm', downtime: { weight: 'share' } },
    { id: 'mean', name: 'M', kind: 'availability', data: 'calls', period: 'week', target: '>= 99%', per: 'vm', slice: '3h', sliceMeasure: 'mean', good: { code: { lt: 500 } }, emptySlices: 'excluded', signals: [{ data: 'outages' }] },
    { id: 'counts', name: 'C', kind: 'availability', data: 'web', period: 'week', target: '>= 99%', per: 'vm', slice: '1h', downWhen: '< 90%', emptySlices: 'down' },
  ],
});
const options = { file: 'a', from: '2026-03', to: '2026-03', asOf: utc('2026-03-27T12:00:00Z') };

const START = utc('2026-02-20T00:00:00Z');
const at = (minutes: number) => new Date(START + minutes * 60_000).toISOString();
const minute = fc.integer({ min: 0, max: 60 * 24 * 45 });
const vm = fc.constantFrom('vm-1', 'vm-2', 'vm-3', 'vm-é');
const outage = fc.tuple(minute, fc.integer({ min: 1, max: 600 }), vm, fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('0', '0.25', '50%', '1'), fc.boolean());
const web = fc.tuple(minute, vm, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }));
const call = fc.tuple(minute, vm, fc.constantFrom('200', '503'));
const planned = fc.tuple(minute, fc.integer({ min: 1, max: 300 }), fc.constantFrom('scheduled', 'freeze'));
const deploy = fc.tuple(minute, fc.integer({ min: 60, max: 60 * 24 * 20 }), vm);

type Rows = Record<string, Record<string, string>[]>;

function cells(plan: ReturnType<typeof planEvaluation>, name: string, rows: Record<string, string>[]): string[][] {
  const columns = plan.sources.find((s) => s.name === name)!.columns;
  return rows.map((r) => columns.map((c) => r[c] ?? ''));
}

describe('downtime states merge (property)', () => {
  it('any split of every source into two plans, in any order, finishes as one plan fed all rows', () => {
    fc.assert(
      fc.property(
        fc.array(outage, { maxLength: 25 }),
        fc.array(web, { maxLength: 40 }),
        fc.array(call, { maxLength: 40 }),
        fc.array(planned, { maxLength: 6 }),
        fc.array(deploy, { maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 120, maxLength: 120 }),
        (o, w, c, p, d, sides) => {
          const rows: Rows = {
            outages: o.map(([s, l, v, zone, share, open]) => ({ s: at(s), e: open ? '' : at(s + l), vm: v, zone, share })),
            web: w.map(([t, v, ok, extra]) => ({ t: at(t), vm: v, ok: String(ok), n: String(ok + extra) })),
            calls: c.map(([t, v, code]) => ({ t: at(t), vm: v, code })),
            planned: p.map(([s, l, kind]) => ({ s: at(s), e: at(s + l), kind })),
            deploy: d.map(([s, l, v]) => ({ s: at(s), e: at(s + l), vm: v })),
          };
          const one = planEvaluation(agreement, options);
          const a = planEvaluation(agreement, options);
          const b = planEvaluation(agreement, options);
          let k = 0;
          for (const [name, list] of Object.entries(rows)) {
            const all = cells(one, name, list);
            feed(one, name, all);
            const mine = all.map(() => sides[k++ % sides.length]);
            feed(a, name, all.filter((_, i) => mine[i]).reverse());
            feed(b, name, all.filter((_, i) => !mine[i]));
          }
          b.importState(structuredClone(a.exportState()));
          const whole = one.finish();
          expect(b.finish()).toEqual(whole);
          expect(whole.results.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 80 },
    );
  });
});
