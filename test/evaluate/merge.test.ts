import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { planEvaluation, type Evaluation } from '../../src/evaluate';
import { agreementWith, compareWithExpected, feed, loadAgreement, REFERENCE_CASES, sourceRows, utc } from './helpers';
import { REFERENCE } from '../helpers/reference';

/** Fails unless the value is made of numbers, strings, booleans, null, typed arrays, arrays and plain objects. */
function expectPlainData(value: unknown, path = 'state'): void {
  if (value === null || ['number', 'string', 'boolean'].includes(typeof value)) return;
  if (ArrayBuffer.isView(value)) return;
  if (Array.isArray(value)) return value.forEach((v, i) => expectPlainData(v, `${path}[${i}]`));
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value as object)) expectPlainData(v, `${path}.${k}`);
    return;
  }
  throw new Error(`${path} is not plain data: ${typeof value} ${Object.prototype.toString.call(value)}`);
}

type Split = (rows: string[][]) => [string[][], string[][]];
const at =
  (share: number): Split =>
  (rows) => {
    const cut = Math.round(rows.length * share);
    return [rows.slice(0, cut), rows.slice(cut)];
  };
const interleaved: Split = (rows) => [rows.filter((_, i) => i % 2 === 0), rows.filter((_, i) => i % 2 === 1)];

describe.each(REFERENCE_CASES)('merging split accumulations of $name', ({ name, options }) => {
  const agreement = loadAgreement(join(REFERENCE, `${name}.sla.yaml`));
  const make = () => planEvaluation(agreement, { file: 'agreement.sla.yaml', ...options });
  const rows = sourceRows(make());
  let whole: Evaluation;
  beforeAll(() => {
    const plan = make();
    for (const [source, r] of rows) feed(plan, source, r);
    whole = plan.finish();
  });

  /** A gets the first part of every source, B the rest; B's state goes into A through a structured clone. */
  function merged(split: Split, into: 'A' | 'B' = 'A'): Evaluation {
    const a = make();
    const b = make();
    for (const [source, r] of rows) {
      const [first, rest] = split(r);
      feed(a, source, first);
      feed(b, source, rest);
    }
    const [to, from] = into === 'A' ? [a, b] : [b, a];
    const state = from.exportState();
    expectPlainData(state);
    to.importState(structuredClone(state));
    return to.finish();
  }

  it.each([
    ['at 0', at(0)],
    ['after the first row', (r: string[][]) => [r.slice(0, 1), r.slice(1)] as [string[][], string[][]]],
    ['at a third', at(1 / 3)],
    ['at half', at(0.5)],
    ['before the last row', (r: string[][]) => [r.slice(0, -1), r.slice(-1)] as [string[][], string[][]]],
    ['at the end', at(1)],
    ['interleaved', interleaved],
  ])('split %s: finish() equals the unsplit evaluation exactly', (_, split) => {
    expect(merged(split)).toEqual(whole);
  });

  it('merging the other way round, A into B, gives the same', () => {
    expect(merged(at(0.4), 'B')).toEqual(whole);
    expect(merged(interleaved, 'B')).toEqual(whole);
  });

  it('and the merged evaluation matches expected/*.json', () => {
    const expected = JSON.parse(readFileSync(join(REFERENCE, 'expected', `${name}.json`), 'utf8')) as Evaluation;
    expect(compareWithExpected(expected, merged(interleaved))).toEqual([]);
  });

  it('rows in reverse order give the same evaluation', () => {
    const plan = make();
    for (const [source, r] of rows) feed(plan, source, [...r].reverse());
    expect(plan.finish()).toEqual(whole);
  });

  it('a snapshot is a copy: rows fed after exportState() are not in it', () => {
    const a = make();
    const b = make();
    const empty = b.exportState();
    for (const [source, r] of rows) {
      feed(a, source, r);
      feed(b, source, r);
    }
    a.importState(empty);
    expect(a.finish()).toEqual(whole);
  });
});

describe('importState', () => {
  const hosting = loadAgreement(join(REFERENCE, 'managed-hosting.sla.yaml'));
  const options = { file: 'a', from: '2026-09', to: '2026-11', asOf: utc('2026-12-05T00:00:00Z') };
  it('refuses a state of a plan with other metrics, periods or as-of, and anything else', () => {
    const plan = planEvaluation(hosting, options);
    const others = [
      planEvaluation(hosting, { ...options, metrics: ['checkout-p95'] }),
      planEvaluation(hosting, { ...options, to: '2026-10' }),
      planEvaluation(hosting, { ...options, asOf: utc('2026-12-06T00:00:00Z') }),
    ];
    for (const other of others) expect(() => plan.importState(other.exportState())).toThrow(/not exported by a plan of the same agreement and options/);
    for (const junk of [null, 42, {}, { plan: 'x', metrics: [] }]) expect(() => plan.importState(junk)).toThrow(/importState/);
  });
});

describe('order and split independence (property)', () => {
  // every kind that keeps values: exact sums, extremes, percentile values, counts as decimals
  const agreement = agreementWith({
    data: {
      e: { kind: 'events', file: 'e.csv', columns: { time: 't' } },
      c: { kind: 'counts', file: 'c.csv', columns: { time: 't', good: 'ok', total: 'all' } },
    },
    metrics: [
      ...['sum', 'mean', 'min', 'max'].map((fn) => ({ id: fn, name: fn, kind: 'aggregate', aggregate: fn, value: 'v', data: 'e', period: 'week', target: '>= 0.3' })),
      { id: 'p90', name: 'P', kind: 'percentile', percentile: 90, value: 'v', data: 'e', period: 'week', target: '<= 5' },
      { id: 'share', name: 'S', kind: 'ratio', data: 'e', good: { v: { gte: 0 } }, period: 'week', target: '>= 50%' },
      { id: 'counts', name: 'C', kind: 'ratio', data: 'c', period: 'week', target: '>= 50%' },
      { id: 'slices', name: 'L', kind: 'availability', data: 'c', slice: '1d', downWhen: '< 50%', period: 'week', target: '>= 50%' },
    ],
  });
  const options = { file: 'a', from: '2026-03', to: '2026-03', asOf: utc('2026-04-01T00:00:00Z') };
  const time = fc.integer({ min: 0, max: 30 * 24 - 1 }).map((h) => new Date(utc('2026-03-01T00:00:00Z') + h * 3_600_000).toISOString());
  const value = fc.oneof(
    fc.constantFrom('0.1', '0.2', '-0.3', '0', '-0', '1e-3', '9007199254740993', '0.10000000000000000001'),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map(String),
  );
  const count = fc.constantFrom('0', '0.1', '0.2', '0.3', '1', '2.5', '1e2');
  const evRow = fc.tuple(time, value);
  // a possible counts row: good at most total (others are row errors)
  const cRow = fc.tuple(time, count, count).map(([t, x, y]) => (Number(x) <= Number(y) ? [t, x, y] : [t, y, x]) as [string, string, string]);

  it('any split into two plans, in any order, finishes as one plan fed all rows', () => {
    fc.assert(
      fc.property(fc.array(evRow, { maxLength: 60 }), fc.array(cRow, { maxLength: 60 }), fc.array(fc.boolean(), { minLength: 120, maxLength: 120 }), (ev, c, sides) => {
        const one = planEvaluation(agreement, options);
        const a = planEvaluation(agreement, options);
        const b = planEvaluation(agreement, options);
        const columns = (name: string) => one.sources.find((s) => s.name === name)!.columns;
        const eRows = ev.map(([t, v]) => columns('e').map((col) => ({ t, v })[col]!));
        const cRows = c.map(([t, ok, all]) => columns('c').map((col) => ({ t, ok, all })[col]!));
        feed(one, 'e', eRows);
        feed(one, 'c', cRows);
        feed(a, 'e', eRows.filter((_, i) => sides[i]).reverse());
        feed(b, 'e', eRows.filter((_, i) => !sides[i]));
        feed(a, 'c', cRows.filter((_, i) => sides[i + 60]));
        feed(b, 'c', cRows.filter((_, i) => !sides[i + 60]).reverse());
        b.importState(structuredClone(a.exportState()));
        expect(b.finish()).toEqual(one.finish());
      }),
      { numRuns: 150 },
    );
  });
});
