import { availability, evaluateCsv, utc } from './helpers';

const counts = { kind: 'counts', file: 'c.csv', columns: { time: 't', good: 'ok', total: 'n' } };
const events = { kind: 'events', file: 'e.csv', columns: { time: 't' } };
const DAY_2 = { period: '2026-03-02', asOf: utc('2027-01-01T00:00:00Z') };

describe('emptySlices', () => {
  // March has 744 hourly slices; one is down (0/10), one up (10/10), one has a total of 0: 742 are empty
  const rows = ['t,ok,n', '2026-03-02T00:00:00Z,0,10', '2026-03-02T01:00:00Z,10,10', '2026-03-02T02:00:00Z,0,0'].join('\n');
  const metric = (emptySlices?: string) => ({ data: 'c', slice: '1h', downWhen: '< 95%', ...(emptySlices ? { emptySlices } : {}) });

  it('up (the default): an empty slice is up', () => {
    for (const a of [availability({ c: counts }, metric()), availability({ c: counts }, metric('up'))]) {
      const r = evaluateCsv(a, { c: rows }).results[0]!;
      expect(r).toMatchObject({ slices: 744, emptySlices: 742, downSlices: 1, downtimeSeconds: 3600, windowSeconds: 744 * 3600 });
    }
  });

  it('down: an empty slice is down (and counted among the down slices)', () => {
    const r = evaluateCsv(availability({ c: counts }, metric('down')), { c: rows }).results[0]!;
    // 742 empty + 1 down = 743 hours of 744
    expect(r).toMatchObject({ emptySlices: 742, downSlices: 743, downtimeSeconds: 743 * 3600, windowSeconds: 744 * 3600 });
    expect(r.value).toBe(100 / 744);
  });

  it('excluded: an empty slice is out of the window time and the downtime', () => {
    const r = evaluateCsv(availability({ c: counts }, metric('excluded')), { c: rows }).results[0]!;
    // W = 744 − 742 = 2 hours, D = 1 hour
    expect(r).toMatchObject({ emptySlices: 742, downSlices: 1, downtimeSeconds: 3600, windowSeconds: 2 * 3600, value: 50 });
  });

  it('excluded, with no rows at all: no window time is no-data', () => {
    const r = evaluateCsv(availability({ c: counts }, metric('excluded')), { c: 't,ok,n\n' }).results[0]!;
    expect(r).toMatchObject({ status: 'no-data', value: null, windowSeconds: 0 });
  });
});

describe('sliceMeasure: mean', () => {
  // 2 March, 24 hourly slices: hour 0 has 2 good of 3 rows, hour 1 has 3 good of 4; 22 hours are empty
  const rows = ['t,code', ...['500', '200', '200'].map((c) => `2026-03-02T00:10:00Z,${c}`), ...['200', '200', '503', '200'].map((c) => `2026-03-02T01:20:00Z,${c}`)].join('\n');
  const metric = (extra: Record<string, unknown> = {}) => ({ data: 'e', period: 'day', slice: '1h', sliceMeasure: 'mean', good: { code: { lt: 500 } }, ...extra });

  it('is the mean of the slices’ shares of good rows, an empty slice all good by default', () => {
    const r = evaluateCsv(availability({ e: events }, metric()), { e: rows }, DAY_2).results[0]!;
    // (2/3 + 3/4 + 22 × 1) / 24 = (8 + 9 + 264) / 12 / 24 = 281/288
    expect(r.value).toBe((100 * 281) / 288);
    // D = (1/3 + 1/4) hour = 7/12 hour = 2100 s
    expect(r).toMatchObject({ slices: 24, emptySlices: 22, downtimeSeconds: 2100, windowSeconds: 24 * 3600 });
    expect(r.downSlices).toBeUndefined();
  });

  it('an empty slice counts as no good rows with emptySlices: down, and not at all with excluded', () => {
    const down = evaluateCsv(availability({ e: events }, metric({ emptySlices: 'down' })), { e: rows }, DAY_2).results[0]!;
    // (2/3 + 3/4 + 0) / 24 = 17/288
    expect(down.value).toBe((100 * 17) / 288);
    const excluded = evaluateCsv(availability({ e: events }, metric({ emptySlices: 'excluded' })), { e: rows }, DAY_2).results[0]!;
    // (2/3 + 3/4) / 2 = 17/24, over 2 hours of window time
    expect(excluded.value).toBe((100 * 17) / 24);
    expect(excluded.windowSeconds).toBe(2 * 3600);
  });

  it('each slice weighs by its window time: a slice half in the window counts half', () => {
    const a = availability({ e: events }, metric({ window: 'half' }), { calendars: { half: { hours: { 'mon-sun': '00:30-02:00' } } } });
    const r = evaluateCsv(a, { e: rows }, DAY_2).results[0]!;
    // hour 0 weighs 30 minutes, hour 1 60 minutes: (1/2 × 2/3 + 1 × 3/4) / 1.5 = (1/3 + 3/4) / 1.5 = 13/18
    expect(r.windowSeconds).toBe(5400);
    expect(r.value).toBeCloseTo((100 * 13) / 18, 12);
  });

  it('is exact: shares of 1/3 and 2/3 of one-second slices make exactly 50%', () => {
    const third = ['t,code', '2026-03-02T00:00:00Z,200', '2026-03-02T00:00:00Z,500', '2026-03-02T00:00:00Z,500', '2026-03-02T00:00:01Z,200', '2026-03-02T00:00:01Z,200', '2026-03-02T00:00:01Z,500'].join('\n');
    const at = (target: string) => evaluateCsv(availability({ e: events }, metric({ slice: '1s', emptySlices: 'excluded', target })), { e: third }, DAY_2).results[0]!;
    // D = 2/3 s + 1/3 s = 1 s exactly, W = 2 s
    expect(at('>= 50%')).toMatchObject({ value: 50, status: 'met', downtimeSeconds: 1 });
    expect(at('> 50%').status).toBe('breached');
  });

  it('counts: Σgood / Σtotal per slice, read exactly', () => {
    const c = availability({ c: counts }, { data: 'c', period: 'day', slice: '1h', sliceMeasure: 'mean', emptySlices: 'excluded', target: '>= 99.9%' });
    // one slice of (0.4995 + 0.4995) / (0.5 + 0.5) = 0.999: exactly 99.9% (each row's good at most its total)
    const r = evaluateCsv(c, { c: 't,ok,n\n2026-03-02T05:00:00Z,0.4995,0.5\n2026-03-02T05:30:00Z,0.4995,0.5\n' }, DAY_2).results[0]!;
    expect(r).toMatchObject({ value: 99.9, status: 'met', windowSeconds: 3600 });
    expect(r.downtimeSeconds).toBeCloseTo(3.6, 9);
  });

  it('a signal’s downtime counts whole within a slice', () => {
    const inop = { kind: 'intervals', file: 'i.csv', columns: { start: 's', end: 'e' } };
    const a = availability({ e: events, inop }, metric({ signals: [{ data: 'inop' }] }));
    // hour 1 (3/4 good) is down whole from 01:00 to 01:30 by the signal: 30 min × 1 + 30 min × 1/4
    const r = evaluateCsv(a, { e: rows, inop: 's,e\n2026-03-02T01:00:00Z,2026-03-02T01:30:00Z\n' }, DAY_2).results[0]!;
    // hour 0: 1/3 × 3600 s = 1200 s
    expect(r.downtimeSeconds).toBe(1200 + 1800 + 450);
  });
});
