import * as fs from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import { parse } from 'yaml';
import { planEvaluation, type EvaluateOptions } from '../../src/evaluate';
import { readInParallel } from '../../src/io/csv-parallel';
import { readRange, readRanges, type RangesJob } from '../../src/io/csv-ranges';
import { evaluationTarget } from '../../src/cli/evaluation-target';
import { locateDataFiles, readDataFile, streamDataFile, type DataFile } from '../../src/io/data-files';

import { REFERENCE } from '../helpers/reference';
const scratch = path.join(__dirname, '../../tmp/evalio-tests/parallel');
// the worker script that the build ships (npm test builds before Jest runs)
const script = path.join(__dirname, '../../dist/csv-worker.js');
const stdin = Readable.from([]);

type Agreement = Parameters<typeof planEvaluation>[0];

beforeAll(() => {
  fs.mkdirSync(scratch, { recursive: true });
});

function setup(name: string, options: Omit<EvaluateOptions, 'file'>) {
  const agreement = parse(fs.readFileSync(path.join(REFERENCE, `${name}.sla.yaml`), 'utf8')) as Agreement;
  const evaluateOptions = { ...options, file: `${name}.sla.yaml` };
  const plan = () => planEvaluation(agreement, evaluateOptions);
  const files = locateDataFiles(plan().sources, { agreementDir: REFERENCE, cwd: REFERENCE, overrides: {}, declared: Object.keys(agreement.data ?? {}) });
  return { agreement, evaluateOptions, plan, files };
}

async function evaluate(name: string, options: Omit<EvaluateOptions, 'file'>, threads: number) {
  const { agreement, evaluateOptions, plan, files } = setup(name, options);
  const p = plan();
  for (const f of files) {
    await readDataFile(f, p, { skipInvalid: false, stdin, parallel: { threads, setup: { agreement, options: evaluateOptions }, makeTarget: evaluationTarget, script, minBytes: 0 } });
  }
  return p.finish([]);
}

describe('reading with worker threads', () => {
  it.each([
    ['managed-hosting', { from: '2026-09', to: '2026-11', asOf: Date.parse('2026-12-05T00:00:00Z') }],
    ['saas-platform', { period: '2026-Q1', asOf: Date.parse('2026-04-15T00:00:00Z') }],
    ['marketing-sales', { asOf: Date.parse('2027-01-10T00:00:00Z') }],
  ])('%s: any number of threads gives the single-thread result', async (name, options) => {
    const one = await evaluate(name, options, 1);
    for (const threads of [2, 5]) expect(await evaluate(name, options, threads)).toEqual(one);
  });

  function copy(name: string, edit: (text: string) => string): DataFile {
    const to = path.join(scratch, name);
    fs.writeFileSync(to, edit(fs.readFileSync(path.join(REFERENCE, 'data/requests.csv'), 'utf8')));
    return { path: to, display: name, sources: [] };
  }

  it('reports a bad row with its absolute line, whichever thread found it', async () => {
    const { agreement, evaluateOptions, plan, files } = setup('managed-hosting', { asOf: Date.parse('2026-12-05T00:00:00Z') });
    const requests = files.find((f) => f.sources.some((s) => s.name === 'requests')) as DataFile;
    const lines = fs.readFileSync(requests.path, 'utf8').split('\n');
    const at = lines.length - 10;
    const broken = { ...copy('broken.csv', () => lines.map((l, i) => (i === at ? l.replace(/,(\d+)$/, ',slow') : l)).join('\n')), sources: requests.sources };
    const parallel = { threads: 3, setup: { agreement, options: evaluateOptions }, makeTarget: evaluationTarget, script, minBytes: 0 };
    await expect(readDataFile(broken, plan(), { skipInvalid: false, stdin, parallel })).rejects.toThrow(
      new RegExp(`^broken\\.csv:${at + 1}:\\d+: not a number: "slow"$`),
    );
    await expect(streamDataFile(broken, plan(), { skipInvalid: false, stdin })).rejects.toThrow(new RegExp(`^broken\\.csv:${at + 1}:`));
    const skipped = await readDataFile(broken, plan(), { skipInvalid: true, stdin, parallel });
    expect(skipped).toEqual(await streamDataFile(broken, plan(), { skipInvalid: true, stdin }));
    expect(skipped?.count).toBe(1);
  });

  it('falls back to one thread when a split lands inside a quoted cell', async () => {
    const { agreement, evaluateOptions, plan, files } = setup('managed-hosting', { asOf: Date.parse('2026-12-05T00:00:00Z') });
    const requests = files.find((f) => f.sources.some((s) => s.name === 'requests')) as DataFile;
    // one huge quoted cell with newlines across the middle of the file
    const quoted = {
      ...copy('quoted.csv', (text) => {
        const rows = text.split('\n');
        const mid = rows.length >> 1;
        rows[mid] = rows[mid].replace(/^([^,]*),([^,]*),/, `$1,"$2${'\nx'.repeat(100000)}",`);
        return rows.join('\n');
      }),
      sources: requests.sources,
    };
    const parallel = { threads: 2, setup: { agreement, options: evaluateOptions }, makeTarget: evaluationTarget, script, minBytes: 0 };
    expect(await readInParallel(quoted, plan(), { skipInvalid: false, examples: 5, parallel })).toBe('fallback');
    const a = plan();
    const b = plan();
    await readDataFile(quoted, a, { skipInvalid: false, stdin, parallel });
    await streamDataFile(quoted, b, { skipInvalid: false, stdin });
    expect(a.finish([])).toEqual(b.finish([]));
  });

  it('readRanges claims ranges through the shared counter, one plan for all it reads, and stops claiming at a bad row', async () => {
    const { agreement, evaluateOptions, plan, files } = setup('managed-hosting', { asOf: Date.parse('2026-12-05T00:00:00Z') });
    const requests = files.find((f) => f.sources.some((s) => s.name === 'requests')) as DataFile;
    const text = fs.readFileSync(requests.path, 'utf8');
    const bytes = Buffer.from(text);
    const start = bytes.indexOf(10) + 1;
    // four ranges, cut after newlines
    const cuts = [start];
    for (let k = 1; k < 4; k++) cuts.push(bytes.indexOf(10, Math.floor((bytes.length * k) / 4)) + 1);
    cuts.push(bytes.length);
    const job = (path: string, skipInvalid: boolean): RangesJob => ({
      kind: 'sla-csv-ranges', setup: { agreement, options: evaluateOptions }, path, display: 'r.csv', header: text.slice(0, start - 1).split(','),
      sources: requests.sources, skipInvalid, examples: 5,
      ranges: cuts.slice(0, -1).map((s, k) => ({ start: s, end: cuts[k + 1]!, last: k === 3 })), claim: new Int32Array(new SharedArrayBuffer(4)),
    });
    // another thread took range 0: this one reads 1 to 3
    const j = job(requests.path, false);
    j.claim[0] = 1;
    const mine = readRanges(j, evaluationTarget);
    expect(mine.outcomes.map((o) => o.index)).toEqual([1, 2, 3]);
    expect(j.claim[0]).toBeGreaterThanOrEqual(4);
    const theirs = readRanges({ ...j, claim: new Int32Array(new SharedArrayBuffer(4)), ranges: j.ranges.slice(0, 1) }, evaluationTarget);
    const merged = plan();
    merged.importState(theirs.state);
    merged.importState(mine.state);
    const whole = plan();
    await streamDataFile(requests, whole, { skipInvalid: false, stdin });
    expect(merged.finish([])).toEqual(whole.finish([]));
    const lines = [theirs, mine].flatMap((r) => r.outcomes).reduce((n, o) => n + o.lines, 0);
    expect(lines).toBe(text.split('\n').length - 2);
    // a bad row in range 1 closes the counter: ranges 2 and 3 are not read
    const broken = copy('broken-ranges.csv', (t) => t.slice(0, cuts[1]! + 5) + 'x' + t.slice(cuts[1]! + 5));
    const b = job(broken.path, false);
    const r = readRanges(b, evaluationTarget);
    expect(r.outcomes.map((o) => [o.index, o.error !== null])).toEqual([
      [0, false],
      [1, true],
    ]);
  });

  it('readRange counts lines from the range start and exports its state', () => {
    const { agreement, evaluateOptions, files } = setup('managed-hosting', { asOf: Date.parse('2026-12-05T00:00:00Z') });
    const requests = files.find((f) => f.sources.some((s) => s.name === 'requests')) as DataFile;
    const bytes = fs.readFileSync(requests.path);
    const start = bytes.indexOf(10) + 1;
    const header = bytes.subarray(0, start - 1).toString().split(',');
    const result = readRange({
      kind: 'sla-csv-range', setup: { agreement, options: evaluateOptions }, path: requests.path, display: 'r.csv', start, end: bytes.length, last: true,
      header, sources: requests.sources, skipInvalid: false, examples: 5,
    }, evaluationTarget);
    expect(result.lines).toBe(bytes.toString().split('\n').length - 2);
    expect(result.clean).toBe(true);
    expect(result.error).toBeNull();
    expect(result.state).not.toBeNull();
  });
});
