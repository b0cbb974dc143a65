import fc from 'fast-check';
import { planEvaluation } from '../../../src/evaluate';
import { availability, evaluateCsv, feedCsv, MARCH, MARCH_MS, MINUTE, utc } from './helpers';

const zones = { kind: 'intervals', file: 'z.csv', columns: { start: 's', end: 'e' } };
const composite = (downtime: Record<string, unknown>, extra: Record<string, unknown> = {}) => availability({ zones }, { data: 'zones', downtime, ...extra });

describe('downtime.of / atLeast / outOf', () => {
  const rows = [
    's,e,zone',
    '2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,a',
    '2026-03-02T10:30:00Z,2026-03-02T12:00:00Z,b',
    '2026-03-02T10:45:00Z,2026-03-02T10:50:00Z,a', // a again: a zone counts once
    '2026-03-02T11:50:00Z,2026-03-02T13:00:00Z,c',
  ].join('\n');

  it('is down while at least atLeast components are down at once', () => {
    // two or more zones down: 10:30-11:00 (a, b) and 11:50-12:00 (b, c): 40 minutes
    const two = evaluateCsv(composite({ of: 'zone', atLeast: 2, outOf: 3 }), { zones: rows }).results[0]!;
    expect(two.downtimeSeconds).toBe(40 * 60);
    expect(two.value).toBe((100 * (MARCH_MS - 40 * MINUTE)) / MARCH_MS);
    // one zone is enough: the union, 10:00-13:00
    expect(evaluateCsv(composite({ of: 'zone', atLeast: 1 }), { zones: rows }).results[0]!.downtimeSeconds).toBe(3 * 3600);
    expect(evaluateCsv(composite({ of: 'zone', atLeast: 3 }), { zones: rows }).results[0]!.downtimeSeconds).toBe(0);
  });

  it('a row naming a component more than outOf allows is a row error at its component cell; an empty one too', () => {
    const a = composite({ of: 'zone', atLeast: 2, outOf: 2 });
    expect(() => evaluateCsv(a, { zones: rows })).toThrow('zones:5: zone: more than 2 distinct components (downtime.outOf)');
    expect(() => evaluateCsv(a, { zones: 's,e,zone\n2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,\n' })).toThrow('zones:2: zone: empty component: the cell must name one');
  });

  it('rows outside the evaluated range are not counted towards outOf', () => {
    const a = composite({ of: 'zone', atLeast: 1, outOf: 1 });
    const r = evaluateCsv(a, { zones: 's,e,zone\n2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,a\n2026-05-02T10:00:00Z,2026-05-02T11:00:00Z,b\n' }).results[0]!;
    expect(r.downtimeSeconds).toBe(3600);
  });

  it('components split between two plans that together are more than outOf: the merge says so', () => {
    const a = composite({ of: 'zone', atLeast: 2, outOf: 3 });
    const [one, two] = [0, 1].map(() => planEvaluation(a, { file: 'a', ...MARCH }));
    feedCsv(one!, { zones: 's,e,zone\n2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,a\n2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,b\n' });
    feedCsv(two!, { zones: 's,e,zone\n2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,c\n2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,d\n' });
    expect(() => one!.importState(structuredClone(two!.exportState()))).toThrow(
      "metric 'up': data source 'zones' names 4 distinct components in column 'zone', more than downtime.outOf (3)",
    );
  });

  it('refuses rules that cannot be evaluated', () => {
    const bad = (downtime: Record<string, unknown>) => () => evaluateCsv(composite(downtime), { zones: 's,e,zone\n' });
    expect(bad({ of: 'zone', atLeast: 4, outOf: 3 })).toThrow("metric 'up': downtime.atLeast (4) is more than downtime.outOf (3)");
    expect(bad({ atLeast: 2 })).toThrow("metric 'up': downtime.atLeast needs downtime.of (the column naming the component)");
    expect(bad({ of: 'zone', weight: 'w' })).toThrow("metric 'up': downtime.weight and downtime.of cannot be combined");
  });

  it('agrees with counting the zones down at every millisecond (property)', () => {
    const day = utc('2026-03-02T00:00:00Z');
    const stamp = (ms: number) => new Date(day + ms).toISOString();
    const row = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 0, max: 250 }), fc.integer({ min: 0, max: 50 }));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 14 }), fc.integer({ min: 1, max: 4 }), (list, k) => {
        const csv = ['s,e,zone', ...list.map(([z, s, l]) => `${stamp(s)},${stamp(s + l)},${z}`)].join('\n');
        const r = evaluateCsv(composite({ of: 'zone', atLeast: k, outOf: 4 }, { period: 'day' }), { zones: csv }, { period: '2026-03-02', asOf: MARCH.asOf }).results[0]!;
        let down = 0;
        for (let t = 0; t < 320; t++) {
          const zonesDown = new Set(list.filter(([, s, l]) => s <= t && t < s + l).map(([z]) => z));
          if (zonesDown.size >= k) down++;
        }
        expect(r.downtimeSeconds! * 1000).toBe(down);
      }),
      { numRuns: 200 },
    );
  });
});
