import { planEvaluation } from '../../../src/evaluate';
import { agreementWith, utc } from '../helpers';

const AS_OF = utc('2027-01-01T00:00:00Z');

/** Rows of a counts source in March 2026, one minute apart from midnight, within the first slice of 1h. */
function run(metric: Record<string, unknown>, rows: [string, string][]) {
  const a = agreementWith({
    data: { c: { kind: 'counts', file: 'c.csv', columns: { time: 't', good: 'ok', total: 'all' } } },
    metrics: [{ id: 'm', name: 'M', data: 'c', period: 'month', ...metric }],
  });
  const plan = planEvaluation(a, { file: 'a', period: '2026-03', asOf: AS_OF });
  const columns = plan.sources[0]!.columns;
  const sink = plan.sink('c');
  rows.forEach(([ok, all], i) => {
    const cells: Record<string, string> = { t: `2026-03-01T00:${String(i).padStart(2, '0')}:00Z`, ok, all };
    sink.row(columns.map((c) => cells[c]!));
  });
  return plan.finish().results[0]!;
}

describe('counts are summed exactly', () => {
  it('ratio: Σgood of 0.1 + 0.2 over Σtotal of 0.3 is 100%', () => {
    const r = run({ kind: 'ratio', target: '>= 100%' }, [
      ['0.1', '0.1'],
      ['0.2', '0.2'],
    ]);
    expect(r).toMatchObject({ value: 100, status: 'met', good: 0.3, total: 0.3, rows: 2 });
  });

  it('ratio: Σtotal that cancels to 0 is no-data', () => {
    expect(run({ kind: 'ratio', target: '>= 99%' }, [['0', '0.1'], ['0', '-0.1']])).toMatchObject({ status: 'no-data', value: null });
  });

  it('slices: a slice with exactly 95% good is not down under "< 95%"', () => {
    const metric = { kind: 'availability', slice: '1h', downWhen: '< 95%', target: '>= 100%' };
    // Σgood = 0.285 of Σtotal = 0.1 + 0.2: 95% exactly (floats make Σtotal 0.30000000000000004, under 95%)
    const r = run(metric, [
      ['0.285', '0.1'],
      ['0', '0.2'],
    ]);
    expect(r).toMatchObject({ downSlices: 0, value: 100, status: 'met' });
    expect(run(metric, [['0.2849', '0.1'], ['0', '0.2']])).toMatchObject({ downSlices: 1 });
  });
});
