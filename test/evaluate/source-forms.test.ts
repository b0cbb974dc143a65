import { planEvaluation } from '../../src/evaluate';
import { plainDecimal } from '../../src/evaluate/localized-numbers';
import { LIST_SEPARATOR } from '../../src/rows/cells';
import { agreementWith, feed } from './helpers';

// How a data source's declared forms reach the engine: timestamps (pattern,
// epoch), decimal commas, list cells in conditions, duration cells.

/** Rows are given as cells by column name; the plan decides the order its sink takes them in. */
function run(source: Record<string, unknown>, metric: Record<string, unknown>, rows: Record<string, string>[], asOf = '2027-01-01T00:00:00Z') {
  const plan = planEvaluation(agreementWith({ data: { d: source }, metrics: [{ id: 'm', owner: 'p', data: 'd', period: 'month', ...metric }] }), { file: 'a.sla.yaml', asOf: Date.parse(asOf), period: '2026-11' });
  const columns = plan.sources[0]!.columns;
  feed(plan, 'd', rows.map((r) => columns.map((c) => r[c] ?? '')));
  return { columns, result: plan.finish().results[0]! };
}

describe('timestamps, numbers and cells in the forms a source declares', () => {
  it('reads a pattern in the source zone, and epoch counts', () => {
    const pattern = run(
      { kind: 'events', timestamps: 'dd/MMM/yy h:mm a', timezone: 'America/New_York', columns: { time: 't' } },
      { kind: 'aggregate', aggregate: 'count', target: '>= 0' },
      // 31 Oct 8:30 PM in New York (EDT) is 1 November 00:30 UTC; 30 Nov 7:00 PM (EST) is 1 December 00:00 UTC
      [{ t: '31/Oct/26 8:30 PM' }, { t: '30/Nov/26 6:59 PM' }, { t: '30/Nov/26 7:00 PM' }, { t: '31/oct/26 7:59 pm' }],
    );
    expect(pattern.result.value).toBe(2);
    const epoch = run({ kind: 'events', timestamps: 'epoch-s', columns: { time: 't' } }, { kind: 'aggregate', aggregate: 'count', target: '>= 0' }, [{ t: String(Date.UTC(2026, 10, 1) / 1000) }, { t: '1796083199.999' }, { t: '1796083200' }]);
    expect(epoch.result.value).toBe(2);
  });

  it('stops at a pattern cell that does not fit, with the reason', () => {
    expect(() => run({ kind: 'events', timestamps: 'yyyy-MM-dd HH:mm', columns: { time: 't' } }, { kind: 'aggregate', aggregate: 'count', target: '>= 0' }, [{ t: '2026-11-05T10:00' }])).toThrow(
      `d:2: t: does not match the timestamp pattern 'yyyy-MM-dd HH:mm': "2026-11-05T10:00"`,
    );
  });

  it('refuses a pattern it cannot read before any row', () => {
    expect(() => run({ kind: 'events', timestamps: "yyyy-MM-dd'T'HH:mm a", columns: { time: 't' } }, { kind: 'aggregate', aggregate: 'count', target: '>= 0' }, [])).toThrow(
      "data source 'd': timestamps 'yyyy-MM-dd'T'HH:mm a': AM/PM ('a') goes with a 12-hour clock ('h'), not 'H'",
    );
  });

  it('sums numbers with a decimal comma exactly, and compares them as numbers', () => {
    const sum = run(
      { kind: 'events', decimal: ',', columns: { time: 't' } },
      { kind: 'aggregate', aggregate: 'sum', value: 'v', where: { v: { lt: 1000 } }, target: '>= 0' },
      [{ t: '2026-11-02', v: '0,1' }, { t: '2026-11-02', v: '0,2' }, { t: '2026-11-02', v: '1.234,5' }, { t: '2026-11-02', v: '999,99' }],
    );
    expect(sum.result.value).toBe(1000.29);
    expect([plainDecimal('1.234.567,89'), plainDecimal('-12 345,5'), plainDecimal('1.23,4'), plainDecimal('12,'), plainDecimal('1234')]).toEqual(['1234567.89', '-12345.5', null, null, '1234']);
  });

  it('matches a list cell when one of its values matches; ne and notIn when none does', () => {
    const rows = [{ t: '2026-11-02', c: `Payments${LIST_SEPARATOR}Web` }, { t: '2026-11-03', c: 'Web' }, { t: '2026-11-04', c: '' }, { t: '2026-11-05', c: `5${LIST_SEPARATOR}7` }];
    // list cells come from formats other than csv (here JSON lines, fed as rows)
    const count = (where: Record<string, unknown>) => run({ kind: 'events', format: 'jsonl', columns: { time: 't' } }, { kind: 'aggregate', aggregate: 'count', where, target: '>= 0' }, rows).result.value;
    expect(count({ c: 'Payments' })).toBe(1);
    expect(count({ c: 'Web' })).toBe(2);
    expect(count({ c: { ne: 'Web' } })).toBe(2);
    expect(count({ c: { notIn: ['Payments', 'Mobile'] } })).toBe(3);
    expect(count({ c: { gt: 6 } })).toBe(1);
  });

  it('takes a paused duration off an item, in the source form', () => {
    const items = (durations: string, paused: string) =>
      run(
        { kind: 'items', durations, columns: { paused: 'p' } },
        { kind: 'duration', from: 'a', to: 'b', within: '4h', target: '>= 0%' },
        [{ a: '2026-11-02T09:00:00Z', b: '2026-11-02T14:00:00Z', p: paused }],
      ).result;
    expect(items('clock', '01:00:00')).toMatchObject({ within: 1, counted: 1 });
    expect(items('clock', '00:59:59')).toMatchObject({ within: 0, counted: 1 });
    expect(items('seconds', '3600')).toMatchObject({ within: 1 });
    expect(items('servicenow', '1970-01-01 01:00:00')).toMatchObject({ within: 1 });
    expect(() => items('clock', 'an hour')).toThrow('d:2: p: not a duration (clock): "an hour"');
  });

  it('moves the due instant later by the paused duration (--items), on business days too', () => {
    const due = (within: string, paused: string) => {
      const plan = planEvaluation(
        agreementWith({
          calendars: { office: { hours: { 'mon-fri': '09:00-17:00' } } },
          data: { d: { kind: 'items', durations: 'clock', columns: { paused: 'p', id: 'id' } } },
          metrics: [{ id: 'm', owner: 'p', data: 'd', period: 'month', kind: 'duration', from: 'a', to: 'b', within, window: 'office', target: '>= 0%' }],
        }),
        { file: 'a.sla.yaml', asOf: Date.parse('2027-01-01T00:00:00Z'), period: '2026-11', items: true },
      );
      const columns = plan.sources[0]!.columns;
      const row: Record<string, string> = { id: 'T1', a: '2026-11-02T09:00:00Z', b: '2026-11-03T10:30:00Z', p: paused };
      feed(plan, 'd', [columns.map((c) => row[c] ?? '')]);
      const clock = plan.finish().items![0]!.clocks[0]!;
      return [clock.due, clock.elapsedSeconds, clock.status];
    };
    // Mon 09:00 + 4 office hours = Mon 13:00; 2 paused hours move it to 15:00; the item ran 9.5 office hours, 7.5 less the pause
    expect(due('4h', '')).toEqual(['2026-11-02T13:00:00+00:00', 9.5 * 3600, 'late']);
    expect(due('4h', '02:00:00')).toEqual(['2026-11-02T15:00:00+00:00', 7.5 * 3600, 'late']);
    expect(due('8h', '01:30:00')).toEqual(['2026-11-03T10:30:00+00:00', 8 * 3600, 'achieved']);
    // 1 business day from Mon 09:00 is Tue 09:00; 2 paused hours move it to Tue 11:00, after the item ended
    const [dueDay, , status] = due('1 business day', '02:00:00');
    expect([dueDay, status]).toEqual(['2026-11-03T11:00:00+00:00', 'achieved']);
    expect(due('1 business day', '')[2]).toBe('late');
  });

  it('refuses a paused column on a metric with several clocks: the cell cannot say which clock stood still', () => {
    expect(() =>
      run(
        { kind: 'items', columns: { paused: 'p' } },
        { kind: 'duration', clocks: [{ name: 'response', from: 'a', to: 'r', within: '1h' }, { name: 'resolution', from: 'a', to: 'b', within: '4h' }], target: '>= 0%' },
        [],
      ),
    ).toThrow("metric 'm': the paused column 'p' gives one time for the whole row, and this metric has 2 clocks; give its pauses as intervals (pauses) instead");
  });
});
