import fc from 'fast-check';
import { availability, evaluateCsv, MARCH, MARCH_MS, metricRun, utc } from './helpers';

const outages = { kind: 'intervals', file: 'o.csv', columns: { start: 's', end: 'e' } };
const weighted = (extra: Record<string, unknown> = {}) => availability({ outages }, { data: 'outages', downtime: { weight: 'share' }, ...extra });

describe('downtime.weight', () => {
  it('counts a row’s downtime by its share; where rows overlap the largest share counts', () => {
    const rows = [
      's,e,share',
      '2026-03-02T10:00:00Z,2026-03-02T12:00:00Z,0.25', // 2 h at a quarter
      '2026-03-02T11:00:00Z,2026-03-02T11:30:00Z,50%', // within it, half an hour at a half
      '2026-03-03T00:00:00Z,2026-03-03T01:00:00Z,1',
      '2026-03-04T00:00:00Z,2026-03-04T01:00:00Z,0', // no share: no downtime
    ].join('\n');
    const r = evaluateCsv(weighted(), { outages: rows }).results[0]!;
    // 1.5 h × 0.25 + 0.5 h × 0.5 + 1 h × 1 = 0.375 + 0.25 + 1 = 1.625 h = 5850 s
    expect(r.downtimeSeconds).toBe(5850);
    expect(r.value).toBe((100 * (MARCH_MS - 5_850_000)) / MARCH_MS);
  });

  it('is exact: a share of 0.1 over 2,678,400 s of March makes exactly 90%', () => {
    const rows = 's,e,share\n2026-03-01T00:00:00Z,2026-04-01T00:00:00Z,0.1\n';
    expect(evaluateCsv(weighted({ target: '>= 90%' }), { outages: rows }).results[0]).toMatchObject({ value: 90, status: 'met' });
    expect(evaluateCsv(weighted({ target: '> 90%' }), { outages: rows }).results[0]!.status).toBe('breached');
    // 1 ms at 0.1, 1 ms at 0.2 and 1 ms at 0.6 in a window of 3 minutes: D = 0.9 ms, D / W = 1/200,000,
    // so the value is 99.9995 exactly (0.1 + 0.2 + 0.6 in doubles is not 0.9)
    const three = availability({ outages }, { data: 'outages', period: 'day', window: 'three', downtime: { weight: 'share' } }, { calendars: { three: { hours: { 'mon-sun': '00:00-00:03' } } } });
    const tiny = ['s,e,share', '2026-03-02T00:00:00.000Z,2026-03-02T00:00:00.001Z,0.1', '2026-03-02T00:00:00.001Z,2026-03-02T00:00:00.002Z,0.2', '2026-03-02T00:00:00.002Z,2026-03-02T00:00:00.003Z,0.6'].join('\n');
    const day2 = { period: '2026-03-02', asOf: MARCH.asOf };
    const at = (target: string) => evaluateCsv({ ...three, metrics: [{ ...three.metrics[0]!, target }] }, { outages: tiny }, day2).results[0]!;
    expect(at('>= 99.9995%')).toMatchObject({ value: 99.9995, status: 'met', windowSeconds: 180 });
    expect(at('> 99.9995%').status).toBe('breached');
    expect(metricRun(three, { outages: tiny }, day2)[0]!.outcomes[0]!.facts?.downtimeMs).toBe(0.9);
  });

  it('a weight cell that is not a share from 0 to 1 or a percentage is a row error at that cell', () => {
    const bad = (cell: string) => () => evaluateCsv(weighted(), { outages: `s,e,share\n2026-03-02T10:00:00Z,2026-03-02T12:00:00Z,${cell}\n` });
    expect(bad('1.5')).toThrow('outages:2: share: not a share from 0 to 1 or a percentage such as 40%: "1.5"');
    expect(bad('-0.1')).toThrow('not a share from 0 to 1');
    expect(bad('120%')).toThrow('not a share from 0 to 1');
    expect(bad('half')).toThrow('not a share from 0 to 1');
    expect(bad('')).toThrow('not a share from 0 to 1');
    expect(bad('0.1234567890123456')).toThrow('outages:2: share: a weight has at most 15 significant digits: "0.1234567890123456"');
  });

  it('signals count whole, over any weight', () => {
    const inop = { kind: 'intervals', file: 'i.csv', columns: { start: 's', end: 'e' } };
    const a = availability({ outages, inop }, { data: 'outages', downtime: { weight: 'share' }, signals: [{ data: 'inop' }] });
    const r = evaluateCsv(a, { outages: 's,e,share\n2026-03-02T10:00:00Z,2026-03-02T12:00:00Z,0.5\n', inop: 's,e\n2026-03-02T11:00:00Z,2026-03-02T13:00:00Z\n' }).results[0]!;
    // 10-11 at 0.5, 11-13 whole: 0.5 h + 2 h
    expect(r.downtimeSeconds).toBe(2.5 * 3600);
  });

  it('agrees with the integral of the largest share at every millisecond (property)', () => {
    const day = utc('2026-03-02T00:00:00Z');
    const stamp = (ms: number) => new Date(day + ms).toISOString();
    const row = fc.tuple(fc.integer({ min: 0, max: 250 }), fc.integer({ min: 0, max: 50 }), fc.constantFrom('0', '0.1', '0.25', '30%', '0.5', '1', '100%'));
    const share = (text: string) => (text.endsWith('%') ? Number(text.slice(0, -1)) / 100 : Number(text));
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (list) => {
        const csv = ['s,e,share', ...list.map(([s, l, w]) => `${stamp(s)},${stamp(s + l)},${w}`)].join('\n');
        const r = evaluateCsv(weighted({ period: 'day' }), { outages: csv }, { period: '2026-03-02', asOf: MARCH.asOf }).results[0]!;
        // in tenths of a share per ms, to compare exactly in integers
        let tenths = 0;
        for (let t = 0; t < 320; t++) tenths += Math.max(0, ...list.filter(([s, l]) => s <= t && t < s + l).map(([, , w]) => Math.round(share(w) * 20))) * 5;
        expect(Math.round(r.downtimeSeconds! * 100000)).toBe(tenths);
      }),
      { numRuns: 200 },
    );
  });
});
