import { TextCells } from '../../src/rows/cells';
import { strictNumber, type ConditionMap } from '../../src/core/row-filter';
import { compileConditions } from '../../src/evaluate/conditions';

function tester(map: ConditionMap) {
  const columns: string[] = [];
  const test = compileConditions(map, (name) => {
    const i = columns.indexOf(name);
    return i >= 0 ? i : columns.push(name) - 1;
  })!;
  return (row: Record<string, string>) => test(TextCells.of(columns.map((c) => row[c] ?? '')));
}

describe('conditions', () => {
  it('a value means equal; numbers compare as numbers when both sides are numbers', () => {
    const t = tester({ status: 200, route: '/checkout' });
    expect(t({ status: '200', route: '/checkout' })).toBe(true);
    expect(t({ status: '200.0', route: '/checkout' })).toBe(true);
    expect(t({ status: '201', route: '/checkout' })).toBe(false);
    expect(t({ status: '200', route: '/checkout/' })).toBe(false);
  });

  it('strings compare as strings', () => {
    const t = tester({ qualified: 'yes', code: '007' });
    expect(t({ qualified: 'yes', code: '7' })).toBe(true); // both numbers: 007 == 7
    expect(t({ qualified: 'Yes', code: '007' })).toBe(false);
    expect(tester({ code: 'A7' })({ code: 'a7' })).toBe(false);
  });

  it('a list means one of', () => {
    const t = tester({ priority: ['P2', 'P3'] });
    expect(t({ priority: 'P2' })).toBe(true);
    expect(t({ priority: 'P3' })).toBe(true);
    expect(t({ priority: 'P1' })).toBe(false);
  });

  it('lt/lte/gt/gte hold only between numbers', () => {
    const t = tester({ latency_ms: { lte: 800 }, status: { lt: 500 } });
    expect(t({ latency_ms: '800', status: '499' })).toBe(true);
    expect(t({ latency_ms: '800.5', status: '499' })).toBe(false);
    expect(t({ latency_ms: '100', status: '500' })).toBe(false);
    expect(t({ latency_ms: 'fast', status: '200' })).toBe(false);
    expect(t({ latency_ms: '', status: '200' })).toBe(false);
    expect(tester({ v: { gt: 1, gte: 2 } })({ v: '2' })).toBe(true);
    expect(tester({ v: { gt: 2 } })({ v: '2' })).toBe(false);
    expect(tester({ v: { gte: 'x' } })({ v: 'y' })).toBe(false);
  });

  it('ne, in and notIn', () => {
    expect(tester({ route: { ne: '/v1/health' } })({ route: '/v1/health' })).toBe(false);
    expect(tester({ route: { ne: '/v1/health' } })({ route: '/v1/issues' })).toBe(true);
    expect(tester({ s: { in: [1, 2] } })({ s: '2' })).toBe(true);
    expect(tester({ s: { notIn: [1, 2] } })({ s: '2' })).toBe(false);
    expect(tester({ s: { notIn: [1, 2] } })({ s: '3' })).toBe(true);
  });

  it('every key must hold; an empty map matches everything', () => {
    expect(compileConditions({}, () => 0)).toBeNull();
    expect(compileConditions(undefined, () => 0)).toBeNull();
    const t = tester({ a: 'x', b: 'y' });
    expect(t({ a: 'x', b: 'z' })).toBe(false);
  });

  it('strictNumber accepts decimal numbers only', () => {
    expect(strictNumber('12')).toBe(12);
    expect(strictNumber('-1.5e3')).toBe(-1500);
    expect(strictNumber('.5')).toBe(0.5);
    for (const bad of ['', ' 1', '0x10', 'abc', '1.2.3', '-', 'Infinity', '1e']) expect(strictNumber(bad)).toBeNaN();
  });
});
