import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { evaluationTarget } from '../../../src/cli/evaluation-target';
import { planEvaluation } from '../../../src/evaluate';
import { locateDataFiles, readDataFile } from '../../../src/io/data-files';
import { agreementWith, utc } from '../helpers';

// Worker threads read ranges of each file into plans of their own and the main thread merges their
// states: resources, components and slices met in other orders by other threads must merge by name.
// The worker script is the build's (npm test builds before Jest runs).
const script = path.join(__dirname, '../../../dist/csv-worker.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-downtime-threads-'));

const agreement = agreementWith({
  data: {
    outages: { kind: 'intervals', file: 'outages.csv', columns: { start: 's', end: 'e' } },
    web: { kind: 'counts', file: 'web.csv', columns: { time: 't', good: 'ok', total: 'n' } },
    planned: { kind: 'intervals', file: 'planned.csv', columns: { start: 's', end: 'e' } },
  },
  metrics: [
    {
      id: 'per-vm',
      name: 'A',
      kind: 'availability',
      data: 'outages',
      period: 'week',
      target: '>= 99%',
      per: 'vm',
      signals: [{ data: 'web', slice: '1h', downWhen: '< 50%', emptySlices: 'excluded' }],
      exclude: [{ data: 'planned', upTo: '2h', per: 'month' }],
      downtime: { minimum: '10m', unit: '5m' },
    },
    { id: 'zones', name: 'Z', kind: 'availability', data: 'outages', period: 'week', target: '>= 99%', downtime: { of: 'zone', atLeast: 2, outOf: 5 } },
    { id: 'shares', name: 'S', kind: 'availability', data: 'outages', period: 'month', target: '>= 99%', per: 'vm', downtime: { weight: 'share' } },
    { id: 'mean', name: 'M', kind: 'availability', data: 'web', period: 'week', target: '>= 99%', per: 'vm', slice: '6h', sliceMeasure: 'mean', emptySlices: 'down' },
  ],
});
const options = { file: 'a.sla.yaml', from: '2026-03', to: '2026-04', asOf: utc('2026-04-20T00:00:00Z') };

/** A seeded generator: the same files every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

beforeAll(() => {
  const r = random(9);
  const at = (minute: number) => new Date(utc('2026-02-25T00:00:00Z') + minute * 60_000).toISOString();
  const vm = () => `vm-${Math.floor(r() * 40)}`;
  const outages = ['s,e,vm,zone,share'];
  for (let i = 0; i < 6000; i++) {
    const s = Math.floor(r() * 60 * 24 * 55);
    outages.push(`${at(s)},${r() < 0.01 ? '' : at(s + 1 + Math.floor(r() * 90))},${vm()},z${Math.floor(r() * 5)},${['0.25', '50%', '1', '0'][Math.floor(r() * 4)]}`);
  }
  const web = ['t,vm,ok,n'];
  for (let i = 0; i < 20000; i++) {
    const ok = Math.floor(r() * 10);
    web.push(`${at(Math.floor(r() * 60 * 24 * 55))},${vm()},${ok},${ok + Math.floor(r() * 4)}`);
  }
  const planned = ['s,e'];
  for (let i = 0; i < 40; i++) {
    const s = Math.floor(r() * 60 * 24 * 55);
    planned.push(`${at(s)},${at(s + 30 + Math.floor(r() * 60))}`);
  }
  fs.writeFileSync(path.join(dir, 'outages.csv'), outages.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'web.csv'), web.join('\n') + '\n');
  fs.writeFileSync(path.join(dir, 'planned.csv'), planned.join('\n') + '\n');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function evaluate(threads: number) {
  const plan = planEvaluation(agreement, options);
  const files = locateDataFiles(plan.sources, { agreementDir: dir, cwd: dir, overrides: {}, declared: Object.keys(agreement.data ?? {}) });
  const parallel = { threads, setup: { agreement, options }, makeTarget: evaluationTarget, script, minBytes: 0 };
  for (const f of files) await readDataFile(f, plan, { skipInvalid: false, stdin: Readable.from([]), parallel });
  return plan.finish([]);
}

describe('downtime read by worker threads', () => {
  it('any number of threads gives the single-thread result, per resource and component', async () => {
    const one = await evaluate(1);
    expect(new Set(one.results.map((r) => r.resource)).size).toBeGreaterThan(30);
    expect(one.results.some((r) => (r.downtimeSeconds ?? 0) > 0)).toBe(true);
    for (const threads of [2, 3]) expect(await evaluate(threads)).toEqual(one);
  });
});
