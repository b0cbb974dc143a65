import { planEvaluation } from '../../../src/evaluate';
import { RowError } from '../../../src/rows';
import { agreementWith, utc } from '../helpers';

const AS_OF = utc('2027-01-01T00:00:00Z');

const agreement = (aggregate: string, target: string) =>
  agreementWith({
    data: { e: { kind: 'events', file: 'e.csv', columns: { time: 't' } } },
    metrics: [{ id: 'a', name: 'A', kind: 'aggregate', aggregate, value: 'v', data: 'e', period: 'month', target }],
  });

function run(aggregate: string, target: string, values: readonly string[]) {
  const plan = planEvaluation(agreement(aggregate, target), { file: 'a', period: '2026-03', asOf: AS_OF });
  expect(plan.sources[0]!.columns).toEqual(['t', 'v']);
  const sink = plan.sink('e');
  values.forEach((v, i) => sink.row([`2026-03-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`, v]));
  return plan.finish().results[0]!;
}

describe('aggregate sums and means are exact', () => {
  it.each([
    ['>= 0.3', 'met'],
    ['<= 0.3', 'met'],
    ['> 0.3', 'breached'],
    ['< 0.3', 'breached'],
  ])('a sum of 0.1 + 0.2 against %s is %s', (target, status) => {
    const r = run('sum', target, ['0.1', '0.2']);
    expect(r.status).toBe(status);
    expect(r.value).toBe(0.3);
  });

  it('a mean of 499.99 and 500.01 is exactly 500', () => {
    expect(run('mean', '>= 500', ['499.99', '500.01'])).toMatchObject({ value: 500, status: 'met', count: 2 });
    expect(run('mean', '> 500', ['499.99', '500.01'])).toMatchObject({ status: 'breached' });
  });

  it('a large count of tenths', () => {
    const tenths = new Array<string>(100_000).fill('0.1');
    expect(run('sum', '>= 10000', tenths)).toMatchObject({ value: 10000, status: 'met', count: 100_000 });
    expect(run('sum', '> 10000', tenths)).toMatchObject({ status: 'breached' });
    expect(run('mean', '<= 0.1', tenths)).toMatchObject({ value: 0.1, status: 'met' });
  });

  it('sums past 2^53 stay exact', () => {
    const big = ['9007199254740993', '9007199254740993', '9007199254740993'];
    // 3 × (2^53 + 1) = 27021597764222979; its doubles alone would sum to 27021597764222976
    expect(run('sum', '>= 27021597764222979', big).status).toBe('met');
    expect(run('sum', '> 27021597764222978', big).status).toBe('met');
    expect(run('sum', '> 27021597764222979', big).status).toBe('breached');
    expect(run('mean', '>= 9007199254740993', big).status).toBe('met');
  });

  it('negative numbers cancel exactly', () => {
    expect(run('sum', '<= 0', ['-1.5', '0.7', '0.8'])).toMatchObject({ value: 0, status: 'met' });
    expect(run('sum', '>= 0', ['-1.5', '0.7', '0.8'])).toMatchObject({ status: 'met' });
    expect(run('mean', '>= -0.5', ['-1.5', '0.5'])).toMatchObject({ value: -0.5, status: 'met' });
  });

  it('exponent notation', () => {
    expect(run('sum', '>= 1000.24', ['1e3', '2.5E-1', '-1e-2'])).toMatchObject({ value: 1000.24, status: 'met' });
    expect(run('sum', '> 1000.24', ['1e3', '2.5E-1', '-1e-2']).status).toBe('breached');
  });

  it('the mean is the double nearest the exact quotient', () => {
    expect(run('mean', '>= 0', ['0', '0', '1']).value).toBe(1 / 3);
    expect(run('mean', '>= 0', ['0.1', '0.2', '0.4']).value).toBe(7 / 30);
  });
});

describe('aggregate min and max are exact', () => {
  it('tells apart cells that share a double, and keeps the decimal as written for the target', () => {
    const cells = ['0.1', '0.10000000000000000001'];
    expect(run('max', '> 0.1', cells).status).toBe('met');
    expect(run('max', '> 0.1', [...cells].reverse()).status).toBe('met');
    expect(run('min', '> 0.1', cells).status).toBe('breached');
    expect(run('max', '> 0.1', ['0.1']).status).toBe('breached');
  });

  it('reports 0 for a zero whichever sign came first', () => {
    expect(Object.is(run('min', '>= 0', ['-0', '0']).value, 0)).toBe(true);
    expect(Object.is(run('min', '>= 0', ['0', '-0']).value, 0)).toBe(true);
  });
});

describe('aggregate value cells', () => {
  const plan = () => planEvaluation(agreement('sum', '>= 0'), { file: 'a', period: '2026-03', asOf: AS_OF });
  it.each([
    ['abc', 'not a number: "abc"'],
    ['1e-400', 'number out of range: "1e-400"'],
    ['1e400', 'number out of range: "1e400"'],
  ])('%s is a RowError', (cell, reason) => {
    const p = plan();
    const columns = p.sources[0]!.columns;
    const fields = columns.map((c) => (c === 'v' ? cell : '2026-03-02T00:00:00Z'));
    try {
      p.sink('e').row(fields);
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(RowError);
      expect((e as RowError).reason).toBe(reason);
      expect(columns[(e as RowError).field]).toBe('v');
    }
  });
});

describe('a sum beyond the range of numbers', () => {
  it('stops the run naming metric and period, never ∞ or null beside a verdict', () => {
    expect(() => run('sum', '>= 1', ['1e308', '1e308'])).toThrow(
      "metric 'a', period 2026-03: the value is beyond the range of numbers (over 1.8e308); a data cell holds a runaway value",
    );
    expect(() => run('sum', '<= 1', ['-1e308', '-1e308'])).toThrow('beyond the range of numbers');
  });

  it('is fine when it comes back into range, and a mean of huge values is exact', () => {
    expect(run('sum', '>= 1', ['1e308', '1e308', '-1e308', '-1e308', '5'])).toMatchObject({ value: 5, status: 'met' });
    expect(run('mean', '>= 1', ['1e308', '1e308'])).toMatchObject({ value: 1e308, status: 'met' });
  });
});
