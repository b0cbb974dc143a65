import fc from 'fast-check';
import { InputError } from '../../src/core/errors';
import { planEvaluation } from '../../src/evaluate';
import { CsvReader, type CsvPosition, type CsvReaderOptions } from '../../src/io/csv';
import { createFeeder, unionOfColumns } from '../../src/io/csv-feed';
import { agreementWith } from '../evaluate/helpers';

/*
 * The CSV reader and the feed into an evaluation, on random bytes and on
 * random CSV-ish text (quotes, CRLF, a BOM, NULs, non-ASCII, ragged rows),
 * written in random chunks: the rows (and the evaluation) are the same
 * however the bytes are cut, bytewise and through the structural index, and
 * every error is an InputError that says FILE:LINE:COLUMN (FILE: alone for
 * a header problem), never another exception. Fixed runs and seeds.
 */

const SEED = 8;
const POSITION = /^f\.csv:\d+:\d+: \S/;
const FILE_PROBLEM = /^f\.csv: (the file is empty|no column |columns \d+ and \d+ are both named )/;

type Outcome = { rows: string[][]; invalid: string[] } | { error: string };

/** Cuts at the given fractions of the length, sorted: chunks of any size, empty ones included. */
function chunks(bytes: Buffer, cuts: number[]): Buffer[] {
  const at = [0, ...cuts.map((c) => Math.floor(c * bytes.length)).sort((a, b) => a - b), bytes.length];
  return at.slice(1).map((end, i) => bytes.subarray(at[i], end));
}

function errorOf(e: unknown): string {
  if (!(e instanceof InputError)) throw e;
  expect(e.message).toMatch(new RegExp(`${POSITION.source}|${FILE_PROBLEM.source}`));
  return e.message;
}

/** Reads with a handler that collects bad rows (collect) or the default one that stops at the first (stop). */
function read(bytes: Buffer, wanted: string[], cuts: number[], options: CsvReaderOptions, mode: 'collect' | 'stop'): Outcome {
  const rows: string[][] = [];
  const invalid: string[] = [];
  const onInvalid = mode === 'collect' ? (reason: string, at: CsvPosition) => void invalid.push(`${at.line}:${at.column}: ${reason}`) : undefined;
  try {
    const reader = new CsvReader('f.csv', wanted, (cells) => rows.push(cells), onInvalid, options);
    for (const chunk of chunks(bytes, cuts)) reader.write(chunk);
    reader.end();
  } catch (e) {
    return { error: errorOf(e) };
  }
  return { rows, invalid };
}

/** What the runs came to, so a test can tell that it met both rows and errors. */
const seen = { rows: 0, errors: 0 };
const tally = (o: object): void => void ('error' in o ? seen.errors++ : seen.rows++);

function expectSameReadings(bytes: Buffer, wanted: string[], cuts: number[]): void {
  for (const mode of ['collect', 'stop'] as const) {
    const whole = read(bytes, wanted, [], { indexFrom: Infinity }, mode);
    tally(whole);
    expect(read(bytes, wanted, cuts, { indexFrom: Infinity }, mode)).toEqual(whole);
    expect(read(bytes, wanted, cuts, { indexFrom: 1 }, mode)).toEqual(whole);
  }
}

const cell = fc.oneof(
  fc.constantFrom('', 'a', '1', '2026-03-01T10:00:00Z', '99.5', '"q"', '"a,b"', '"x""y"', '"line\nbreak"', '"\r\n"', '"', 'a"b', ' ', 'ü', '😀', '\u0000', '\uFFFD', '\r'),
  fc.string({ maxLength: 5 }),
);
const csvText = fc
  .record({
    bom: fc.boolean(),
    header: fc.constantFrom('time,status,ms', 'time,status', '"time",status,ms', 'status,time,ms,extra', 'time,time,status', ''),
    rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 5 }), { maxLength: 25 }),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    last: fc.boolean(),
  })
  .map(({ bom, header, rows, eol, last }) => Buffer.from(`${bom ? '\ufeff' : ''}${[header, ...rows.map((r) => r.join(','))].join(eol)}${last ? eol : ''}`, 'utf8'));
const cuts = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 8 });
const wanted = fc.constantFrom<string[]>(['time', 'status'], ['ms'], ['status', 'time', 'ms'], ['missing']);

describe('CsvReader (fuzz)', () => {
  beforeEach(() => Object.assign(seen, { rows: 0, errors: 0 }));
  afterEach(() => expect(seen.rows > 0 && seen.errors > 0).toBe(true));

  it('reads random CSV-ish text the same in any chunks; errors say FILE:LINE:COLUMN', () => {
    fc.assert(fc.property(csvText, wanted, cuts, (bytes, w, c) => expectSameReadings(bytes, w, c)), { numRuns: 250, seed: SEED });
  });

  it('reads random bytes the same in any chunks; errors say FILE:LINE:COLUMN', () => {
    const bytes = fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.concat([Buffer.from('time,status\n'), Buffer.from(b)]));
    fc.assert(fc.property(bytes, wanted, cuts, (b, w, c) => expectSameReadings(b, w, c)), { numRuns: 200, seed: SEED });
  });
});

// An agreement whose metrics read the file in several ways: times, numbers, filters, good rows.
const agreement = agreementWith({
  data: { e: { kind: 'events', file: 'f.csv', columns: { time: 'time' } } },
  metrics: [
    { id: 'r', kind: 'ratio', data: 'e', good: { status: { lt: 500 } }, period: 'month', target: '>= 50%' },
    { id: 's', kind: 'aggregate', aggregate: 'sum', data: 'e', value: 'ms', where: { status: { ne: 'x' } }, period: 'month', target: '>= 0' },
    { id: 'p', kind: 'percentile', data: 'e', value: 'ms', unit: 'ms', percentile: 90, period: 'quarter', target: '<= 600ms' },
  ],
});
const options = { file: 'a.sla.yaml', asOf: Date.parse('2027-01-01T00:00:00Z') };

/** The evaluation of `bytes` fed in chunks, as streamDataFile feeds it, or the error that stopped it. */
function evaluate(bytes: Buffer, cutsAt: number[], indexFrom: number, skipInvalid: boolean): unknown {
  const plan = planEvaluation(agreement, options);
  const sources = plan.sources;
  const union = unionOfColumns(sources);
  let skipped = 0;
  const bad = (reason: string, at: CsvPosition): void => {
    if (!skipInvalid) throw new InputError(`f.csv:${at.line}:${at.column}: ${reason}`);
    skipped++;
  };
  try {
    const reader: CsvReader = CsvReader.forCells('f.csv', union, createFeeder(sources, union, plan, (slot) => reader.positionOf(slot), bad), bad, { indexFrom });
    for (const chunk of chunks(bytes, cutsAt)) reader.write(chunk);
    reader.end();
  } catch (e) {
    return { error: errorOf(e) };
  }
  return { skipped, evaluation: plan.finish() };
}

const dataRow = fc
  .record({
    time: fc.oneof(
      fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 19) + 'Z'),
      fc.constantFrom('', '2026-13-01T00:00:00Z', '9999-12-31T23:59:59', '"2026-05-01T10:00:00Z"', 'now'),
    ),
    status: fc.constantFrom('200', '500', '404', 'x', '', '"200"', '2e2'),
    ms: fc.constantFrom('12', '800.5', '1e3', '-0', '1e400', 'abc', '', '123456789012345678901234567890'),
    odd: fc.constantFrom('', '', '', ',extra', '\u0000', '"'),
  })
  .map((r) => `${r.time},${r.status},${r.ms}${r.odd}`);

describe('the feed into an evaluation (fuzz)', () => {
  beforeEach(() => Object.assign(seen, { rows: 0, errors: 0 }));
  afterEach(() => expect(seen.rows > 0 && seen.errors > 0).toBe(true));

  it('evaluates the same in any chunks, bytewise and indexed; a bad row stops it with FILE:LINE:COLUMN', () => {
    fc.assert(
      fc.property(fc.array(dataRow, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), cuts, fc.boolean(), (rows, eol, c, skipInvalid) => {
        const bytes = Buffer.from(['time,status,ms', ...rows].join(eol) + eol, 'utf8');
        const whole = evaluate(bytes, [], Infinity, skipInvalid);
        tally(whole as object);
        expect(evaluate(bytes, c, Infinity, skipInvalid)).toEqual(whole);
        expect(evaluate(bytes, c, 1, skipInvalid)).toEqual(whole);
      }),
      { numRuns: 100, seed: SEED },
    );
  });
});
