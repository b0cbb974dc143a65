import { planEvaluation } from '../../../src/evaluate';
import { duration } from '../../../src/evaluate/kinds/duration';
import type { Outcome } from '../../../src/evaluate/kinds/kind';
import type { MetricShape } from '../../../src/evaluate/model';
import { PeriodSet } from '../../../src/evaluate/periods';
import { evaluatedRange, metricPeriods } from '../../../src/evaluate/range';
import { SourceFrame } from '../../../src/evaluate/source';
import { Windows } from '../../../src/evaluate/windows';
import { DueClock } from '../../../src/evaluate/kinds/time-limits';
import { createCalendar, formatInstant, getZone, parseTimeLimit } from '../../../src/time';
import { agreementWith, evaluate, feed, splitCsv, utc } from '../helpers';

/*
 * Time limits of duration metrics (docs/semantics.md, time limits): limits
 * per column, business days, clocks, filtered pauses, the facts credits read
 * and --items. Times are UTC; the office calendar is Mon-Fri 09:00-17:00.
 * March 2026 begins on a Sunday: Mon 2, Fri 6, Mon 9 ...
 */

const AS_OF = utc('2026-04-10T00:00:00Z');
const H = 3_600_000;

function agreement(metric: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return agreementWith({
    calendars: { office: { hours: { 'mon-fri': '09:00-17:00' }, holidays: [{ date: '2026-03-13' }] } },
    data: {
      tickets: { kind: 'items', file: 't.csv', columns: { id: 'id' } },
      log: { kind: 'intervals', file: 'l.csv', columns: { id: 'id', start: 'from', end: 'to' } },
    },
    metrics: [{ id: 'd', name: 'D', kind: 'duration', data: 'tickets', window: 'office', period: 'month', target: '>= 50%', ...metric }],
    ...extra,
  });
}

/** The metric's outcomes (facts included), fed through the kind as the plan sets it up. */
function outcomes(a: ReturnType<typeof agreement>, data: Record<string, string>, asOf = AS_OF, period = '2026-03'): Outcome[] {
  const zone = getZone('Etc/UTC');
  const metric = a.metrics[0] as MetricShape;
  const range = evaluatedRange(a.term, { period, asOf, file: 'x' }, zone);
  const frames = new Map<string, SourceFrame>();
  const frame = (name: string) => frames.get(name) ?? frames.set(name, new SourceFrame(name, a.data![name]!, zone)).get(name)!;
  const periods = new PeriodSet(metricPeriods(metric.period, zone, range, asOf), asOf);
  const windows = new Windows(a, zone, (range.end - range.start) / 86_400_000);
  const run = duration({ metric, source: frame(metric.data), sourceNamed: frame, periods, match: null, good: null, window: windows.of(metric), excluded: null, excludedFromWindow: null, asOf, range, zone, listItems: false });
  for (const f of frames.values()) {
    const [header, ...rows] = splitCsv(data[f.name]!);
    const sink = f.sink();
    for (const row of rows) sink.row(f.columns.map((c) => row[header!.indexOf(c)] ?? ''));
  }
  return [...run.finish()][0]!.outcomes;
}

describe('within by a column', () => {
  const tickets = [
    'id,priority,opened,closed',
    'A,P1,2026-03-02T09:00:00Z,2026-03-02T10:00:00Z', // P1 1h: within
    'B,P1,2026-03-02T09:00:00Z,2026-03-02T10:01:00Z', // over
    'C,2.0,2026-03-02T09:00:00Z,2026-03-02T12:30:00Z', // "2": 4h, compared as a number: within
    'D,P9,2026-03-02T09:00:00Z,2026-03-03T09:00:00Z', // default 8h: within (Monday 8h)
  ].join('\n');
  const metric = { from: 'opened', to: 'closed', within: { by: 'priority', limits: { P1: '1h', 2: '4h' }, default: '8h' } };

  it('picks each item limit by its value, numbers as numbers, else the default', () => {
    const r = evaluate(agreement(metric), { period: '2026-03', asOf: AS_OF }, { tickets, log: 'id,from,to\n' }).results[0]!;
    expect(r).toMatchObject({ within: 3, counted: 4, value: 75 });
  });

  it('a value without a limit and no default is a row error at that cell', () => {
    const a = agreement({ ...metric, within: { by: 'priority', limits: { P1: '1h', 2: '4h' } } });
    expect(() => evaluate(a, { period: '2026-03', asOf: AS_OF }, { tickets, log: 'id,from,to\n' })).toThrow('tickets:5: priority: no time limit for priority "P9" and no default');
  });

  it('a limit that is not one stops the plan', () => {
    expect(() => planEvaluation(agreement({ ...metric, within: { by: 'priority', limits: { P1: '1 day' } } }), { asOf: AS_OF, file: 'x' })).toThrow(
      "metric 'd': '1 day' is not a time limit like 4h, '3 business days' or '2 business days by 17:00'",
    );
  });
});

describe('business days in a duration metric', () => {
  it('judges by the due instant: done at or before it is within, pauses move it later', () => {
    const tickets = [
      'id,opened,closed',
      'A,2026-03-02T11:00:00Z,2026-03-05T11:00:00Z', // 3 business days from Mon 11:00: Thu 11:00, within
      'B,2026-03-02T11:00:00Z,2026-03-05T11:00:01Z', // a second late
      'C,2026-03-11T11:00:00Z,2026-03-16T11:00:00Z', // Wed -> Thu, (Fri 13 holiday), Mon, Tue 11:00: within
      'D,2026-03-02T11:00:00Z,2026-03-05T13:00:00Z', // paused 2 business hours: due Thu 13:00, within
      'E,2026-03-06T18:00:00Z,2026-03-11T17:00:00Z', // Fri evening: all of Friday ran, due Wed 17:00 (3rd after), within
      'F,2026-03-02T11:00:00Z,2026-03-05T13:00:01Z', // paused like D, a second after its due instant
    ].join('\n');
    const log = 'id,from,to\nD,2026-03-03T16:00:00Z,2026-03-04T10:00:00Z\nF,2026-03-03T16:00:00Z,2026-03-04T10:00:00Z\n';
    const r = evaluate(agreement({ from: 'opened', to: 'closed', pauses: 'log', within: '3 business days' }), { period: '2026-03', asOf: AS_OF }, { tickets, log }).results[0]!;
    expect(r).toMatchObject({ within: 4, counted: 6 });
  });

  it('pauses move a business-day due instant by their window time (the docs example: due Thu 10:00, 6 paused business hours, Thu 16:00)', () => {
    const ny = getZone('America/New_York');
    const cal = createCalendar({ hours: { 'mon-fri': '09:00-17:00' } }, ny);
    const clock = new DueClock(cal, ny);
    const t = utc('2026-05-13T14:00:00Z');
    const paused = [[utc('2026-05-13T16:00:00Z'), utc('2026-05-14T14:00:00Z')] as const];
    expect(formatInstant(clock.due(parseTimeLimit('1 business day')!, t, []), ny)).toBe('2026-05-14T10:00:00-04:00');
    expect(formatInstant(clock.due(parseTimeLimit('1 business day')!, t, paused), ny)).toBe('2026-05-14T16:00:00-04:00');
    expect(formatInstant(clock.due(parseTimeLimit('8h')!, t, paused), ny)).toBe('2026-05-14T16:00:00-04:00');
    expect(clock.elapsed(t, utc('2026-05-14T19:00:00Z'), paused)).toBe(7 * H);
  });

  it('"by HH:MM" is that wall time on the N-th business day after', () => {
    const tickets = 'id,opened,closed\nA,2026-03-02T20:00:00Z,2026-03-04T12:00:00Z\nB,2026-03-02T20:00:00Z,2026-03-04T12:00:01Z\n';
    const r = evaluate(agreement({ from: 'opened', to: 'closed', within: '2 business days by 12:00' }), { period: '2026-03', asOf: AS_OF }, { tickets, log: 'id,from,to\n' }).results[0]!;
    expect(r).toMatchObject({ within: 1, counted: 2 });
  });
});

describe('clocks', () => {
  const metric = {
    clocks: [
      { name: 'response', from: 'opened', to: 'answered', within: { by: 'priority', limits: { P1: '30m', P2: '2h' } } },
      { name: 'resolution', from: 'answered', to: 'closed', within: { by: 'priority', limits: { P1: '4h', P2: '1 business day' } } },
    ],
  };
  const tickets = [
    'id,priority,opened,answered,closed',
    'A,P1,2026-03-02T09:00:00Z,2026-03-02T09:20:00Z,2026-03-02T12:00:00Z', // both within
    'B,P2,2026-03-02T09:00:00Z,2026-03-02T12:00:00Z,2026-03-03T13:00:00Z', // response late; resolution due Tue 12:00: late
    'C,P1,2026-03-31T16:50:00Z,2026-04-01T09:10:00Z,2026-04-01T10:00:00Z', // counts in March by its first clock; both within
    'D,P2,2026-03-09T09:00:00Z,,', // response open past its due: late; resolution not started: pending
  ].join('\n');

  it('pools every clock of every item; an item counts in the period of its first clock', () => {
    const r = evaluate(agreement(metric), { period: '2026-03', asOf: AS_OF }, { tickets, log: 'id,from,to\n' }).results[0]!;
    expect(r).toMatchObject({ within: 4, counted: 7, pending: 1, value: (100 * 4) / 7 });
  });

  it('a clock that stops before it starts is a row error naming its columns', () => {
    const bad = 'id,priority,opened,answered,closed\nA,P1,2026-03-02T09:00:00Z,2026-03-02T09:20:00Z,2026-03-02T09:10:00Z\n';
    expect(() => evaluate(agreement(metric), { period: '2026-03', asOf: AS_OF }, { tickets: bad, log: 'id,from,to\n' })).toThrow("tickets:2: closed: 'closed' is before 'answered'");
  });

  it('two clocks of one name stop the plan', () => {
    const twice = { clocks: [metric.clocks[0], metric.clocks[0]] };
    expect(() => planEvaluation(agreement(twice), { asOf: AS_OF, file: 'x' })).toThrow("metric 'd': two clocks are named 'response'");
  });
});

describe('pauses from some statuses', () => {
  it('reads only the pause rows that pass where', () => {
    const a = agreementWith({
      calendars: { office: { hours: { 'mon-fri': '09:00-17:00' } } },
      data: {
        tickets: { kind: 'items', file: 't.csv', columns: { id: 'id' } },
        status: { kind: 'intervals', file: 's.csv', columns: { id: 'id', start: 'from', end: 'to' } },
      },
      metrics: [{ id: 'd', name: 'D', kind: 'duration', data: 'tickets', from: 'opened', to: 'closed', window: 'office', within: '4h', period: 'month', target: '>= 50%', pauses: { data: 'status', where: { status: ['pending', 'on-hold'] } } }],
    });
    const tickets = 'id,opened,closed\nA,2026-03-02T09:00:00Z,2026-03-02T15:00:00Z\nB,2026-03-02T09:00:00Z,2026-03-02T15:00:00Z\n';
    const status = [
      'id,status,from,to',
      'A,pending,2026-03-02T10:00:00Z,2026-03-02T11:00:00Z',
      'A,on-hold,2026-03-02T11:00:00Z,2026-03-02T12:00:00Z', // A: 6h - 2h paused = 4h: within
      'B,open,2026-03-02T10:00:00Z,2026-03-02T12:00:00Z', // open does not stop the clock: B 6h, over
    ].join('\n');
    expect(evaluate(a, { period: '2026-03', asOf: AS_OF }, { tickets, status }).results[0]).toMatchObject({ within: 1, counted: 2 });
  });
});

describe('facts for credits', () => {
  const tickets = [
    'id,opened,closed',
    'A,2026-03-02T09:00:00Z,2026-03-02T12:00:00Z', // 4h: within
    'B,2026-03-03T09:00:00Z,2026-03-03T14:00:00Z', // due 13:00, done 14:00: 1 day late
    'C,2026-03-02T10:00:00Z,2026-03-05T10:00:00Z', // due Mon 14:00, done Thu 10:00: 68 h -> 3 days late
    'D,2026-03-30T09:00:00Z,', // open, due Mon 30 13:00; the range ends Wed 1 Apr 00:00 (35 h) -> 2 days late
  ].join('\n');
  const a = agreement({ from: 'opened', to: 'closed', within: '4h' });

  it('count late items, Σ whole days late and the end of the first late item', () => {
    const [o] = outcomes(a, { tickets, log: 'id,from,to\n' });
    expect(o!.facts).toEqual({ lateItems: 3, daysLate: 1 + 3 + 2, firstIncidentEnd: utc('2026-03-05T10:00:00Z') });
  });

  it('an open late item ends at its due instant; no late item, no end', () => {
    const open = 'id,opened,closed\nD,2026-03-30T09:00:00Z,\n';
    expect(outcomes(a, { tickets: open, log: 'id,from,to\n' })[0]!.facts).toEqual({ lateItems: 1, daysLate: 2, firstIncidentEnd: utc('2026-03-30T13:00:00Z') });
    // measured up to --as-of when that is earlier: Mon 30 16:00 is 3 h late, one day started
    expect(outcomes(a, { tickets: open, log: 'id,from,to\n' }, utc('2026-03-30T16:00:00Z'))[0]!.facts).toEqual({ lateItems: 1, daysLate: 1, firstIncidentEnd: utc('2026-03-30T13:00:00Z') });
    expect(outcomes(a, { tickets: 'id,opened,closed\nA,2026-03-02T09:00:00Z,2026-03-02T12:00:00Z\n', log: 'id,from,to\n' })[0]!.facts).toEqual({ lateItems: 0, daysLate: 0 });
  });
});

describe('--items', () => {
  const tickets = [
    'id,priority,opened,answered,closed',
    'B,P2,2026-03-02T09:00:00Z,2026-03-02T12:00:00Z,2026-03-03T13:00:00Z',
    'A,P1,2026-03-02T09:00:00Z,2026-03-02T09:20:00Z,2026-03-02T12:00:00Z',
    'D,P2,2026-03-09T09:00:00Z,,',
  ].join('\n');
  const a = agreement({
    clocks: [
      { name: 'response', from: 'opened', to: 'answered', within: { by: 'priority', limits: { P1: '30m', P2: '2h' } } },
      { name: 'resolution', from: 'answered', to: 'closed', within: '1 business day' },
    ],
  });

  it('lists every item with each clock: limit, due instant, elapsed window time, status; in time order, then by id', () => {
    const ev = evaluate(a, { period: '2026-03', asOf: AS_OF, items: true }, { tickets, log: 'id,from,to\n' });
    expect(ev.items).toEqual([
      {
        metric: 'd',
        period: '2026-03',
        id: 'A',
        clocks: [
          { name: 'response', from: '2026-03-02T09:00:00+00:00', to: '2026-03-02T09:20:00+00:00', limit: '30m', due: '2026-03-02T09:30:00+00:00', elapsedSeconds: 1200, status: 'achieved' },
          { name: 'resolution', from: '2026-03-02T09:20:00+00:00', to: '2026-03-02T12:00:00+00:00', limit: '1 business day', due: '2026-03-03T09:20:00+00:00', elapsedSeconds: 9600, status: 'achieved' },
        ],
      },
      {
        metric: 'd',
        period: '2026-03',
        id: 'B',
        clocks: [
          { name: 'response', from: '2026-03-02T09:00:00+00:00', to: '2026-03-02T12:00:00+00:00', limit: '2h', due: '2026-03-02T11:00:00+00:00', elapsedSeconds: 3 * 3600, status: 'late' },
          { name: 'resolution', from: '2026-03-02T12:00:00+00:00', to: '2026-03-03T13:00:00+00:00', limit: '1 business day', due: '2026-03-03T12:00:00+00:00', elapsedSeconds: 9 * 3600, status: 'late' },
        ],
      },
      {
        metric: 'd',
        period: '2026-03',
        id: 'D',
        clocks: [
          { name: 'response', from: '2026-03-09T09:00:00+00:00', to: null, limit: '2h', due: '2026-03-09T11:00:00+00:00', elapsedSeconds: (16 * 8 * H) / 1000, status: 'late' }, // Mar 9 to Apr 1, 16 office days (13 Mar is a holiday)
          { name: 'resolution', from: null, to: null, limit: '1 business day', due: null, elapsedSeconds: null, status: 'pending' },
        ],
      },
    ]);
  });

  it('are not listed without the option; an item source without an id column lists id null', () => {
    expect(evaluate(a, { period: '2026-03', asOf: AS_OF }, { tickets, log: 'id,from,to\n' }).items).toBeUndefined();
    const noIds = agreementWith({
      data: { tickets: { kind: 'items', file: 't.csv' } },
      metrics: [{ id: 'd', name: 'D', kind: 'duration', data: 'tickets', from: 'opened', to: 'closed', within: '1h', period: 'month', target: '>= 50%' }],
    });
    const ev = evaluate(noIds, { period: '2026-03', asOf: AS_OF, items: true }, { tickets: 'opened,closed\n2026-03-02T09:00:00Z,2026-03-02T09:30:00Z\n' });
    expect(ev.items!.map((i) => [i.id, i.clocks[0]!.name, i.clocks[0]!.status])).toEqual([[null, null, 'achieved']]);
  });

  it('a split evaluation merges to the same results and items, whichever way round', () => {
    const withPauses = agreement(
      { ...a.metrics[0], pauses: { data: 'status', where: { status: 'pending' } } },
      { data: { tickets: { kind: 'items', file: 't.csv', columns: { id: 'id' } }, status: { kind: 'intervals', file: 's.csv', columns: { id: 'id', start: 'from', end: 'to' } } } },
    );
    const status = 'id,status,from,to\nB,pending,2026-03-02T09:30:00Z,2026-03-02T10:30:00Z\nB,open,2026-03-02T10:30:00Z,2026-03-02T11:00:00Z\nD,pending,2026-03-10T09:00:00Z,\n';
    const options = { file: 'x', period: '2026-03', asOf: AS_OF, items: true };
    const whole = evaluate(withPauses, options, { tickets, status });
    expect(whole.items!.map((i) => i.clocks[0]!.status)).toEqual(['achieved', 'achieved', 'late']); // B's response paused an hour
    const data = { tickets: splitCsv(tickets), status: splitCsv(status) };
    for (let cut = 0; cut <= 3; cut++) {
      const x = planEvaluation(withPauses, options);
      const y = planEvaluation(withPauses, options);
      for (const [name, [header, ...rows]] of Object.entries(data)) {
        const columns = x.sources.find((src) => src.name === name)!.columns;
        const pick = (r: string[]) => columns.map((c) => r[header!.indexOf(c)] ?? '');
        feed(x, name, rows.slice(0, cut).map(pick));
        feed(y, name, rows.slice(cut).map(pick));
      }
      const [into, from] = cut % 2 === 0 ? [y, x] : [x, y];
      into.importState(structuredClone(from.exportState()));
      expect(into.finish()).toEqual(whole);
    }
  });
});
