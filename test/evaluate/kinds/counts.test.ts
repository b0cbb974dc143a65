import { planEvaluation } from '../../../src/evaluate';
import { RowError } from '../../../src/rows';
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

  it('ratio: Σtotal of 0 is no-data', () => {
    expect(run({ kind: 'ratio', target: '>= 99%' }, [['0', '0'], ['0', '0']])).toMatchObject({ status: 'no-data', value: null, rows: 2 });
  });

  it('slices: a slice with exactly 95% good is not down under "< 95%"', () => {
    const metric = { kind: 'availability', slice: '1h', downWhen: '< 95%', target: '>= 100%' };
    // Σgood = 0.285 of Σtotal = 0.1 + 0.2: 95% exactly (floats make Σtotal 0.30000000000000004, under 95%)
    const r = run(metric, [
      ['0.095', '0.1'],
      ['0.19', '0.2'],
    ]);
    expect(r).toMatchObject({ downSlices: 0, value: 100, status: 'met' });
    expect(run(metric, [['0.095', '0.1'], ['0.1899', '0.2']])).toMatchObject({ downSlices: 1 });
  });
});

describe('a counts row must be possible', () => {
  const ratio = { kind: 'ratio', target: '>= 99%' };
  const slices = { kind: 'availability', slice: '1h', downWhen: '< 95%', target: '>= 99%' };

  it.each([
    [['20', '11'], 'ok', 'good "20" is more than total "11" (good counts are part of the total)'],
    [['5', '0'], 'ok', 'good "5" is more than total "0" (good counts are part of the total)'],
    [['-3', '10'], 'ok', 'a count cannot be negative: good is "-3"'],
    [['3', '-10'], 'all', 'a count cannot be negative: total is "-10"'],
    [['10000000000000000001', '10000000000000000000'], 'ok', 'good "10000000000000000001" is more than total "10000000000000000000" (good counts are part of the total)'],
    [['0.30000000000000000001', '0.3'], 'ok', 'good "0.30000000000000000001" is more than total "0.3" (good counts are part of the total)'],
  ])('%j is a row error at the %s cell, for ratio and sliced availability alike', (row, column, reason) => {
    for (const metric of [ratio, slices]) {
      let error: unknown;
      try {
        run(metric, [row as [string, string]]);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RowError);
      expect((error as RowError).reason).toBe(reason);
      expect(columnOf(metric, (error as RowError).field)).toBe(column);
    }
  });

  it('takes equal counts, zeros and long decimals that are equal', () => {
    expect(run(ratio, [['10000000000000000000', '10000000000000000000.0'], ['0', '0'], ['0.1', '0.10']])).toMatchObject({ status: 'met', value: 100 });
    expect(run(ratio, [['9999999999999999999', '10000000000000000000']])).toMatchObject({ status: 'met' });
  });
});

/** The header name of a wanted cell, by its index in the plan's columns. */
function columnOf(metric: Record<string, unknown>, field: number): string {
  const a = agreementWith({
    data: { c: { kind: 'counts', file: 'c.csv', columns: { time: 't', good: 'ok', total: 'all' } } },
    metrics: [{ id: 'm', name: 'M', data: 'c', period: 'month', ...metric }],
  });
  return planEvaluation(a, { file: 'a', period: '2026-03', asOf: AS_OF }).sources[0]!.columns[field]!;
}
