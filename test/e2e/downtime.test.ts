import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Evaluation, MetricResult } from '../../src/evaluate/result';
import { ROOT, runSla } from '../helpers/run-sla';

// The downtime clauses (docs/semantics.md, Downtime) through the built binary, one small agreement
// each in test/fixtures/downtime/. Every expected number is worked out by hand below.
const FIXTURES = path.join(ROOT, 'test/fixtures/downtime');
const MINUTES = { april: 30 * 1440, march: 31 * 1440, january: 31 * 1440 };

function evaluate(folder: string, flags: string[]): { code: number; results: MetricResult[] } {
  const r = runSla(['evaluate', 'agreement.sla.yaml', ...flags, '--format', 'json'], { cwd: path.join(FIXTURES, folder) });
  expect(r.stderr).toBe('');
  return { code: r.code, results: (JSON.parse(r.stdout) as Evaluation).results };
}

function failure(folder: string, flags: string[]): [number, string] {
  const r = runSla(['evaluate', 'agreement.sla.yaml', ...flags], { cwd: path.join(FIXTURES, folder) });
  expect(r.stdout).toBe('');
  return [r.code, r.stderr];
}

const row = (r: MetricResult) => [r.metric, r.resource ?? null, r.value, r.status, r.windowSeconds, r.downtimeSeconds];

describe('sla evaluate: downtime clauses (built binary)', () => {
  it('signals: per-minute error rates joined with confirmed inoperable minutes, per product', () => {
    const { code, results } = evaluate('signals', ['--period', '2026-04', '--as-of', '2026-05-05T00:00:00Z']);
    // jira, browser rows only: 09:00 and 09:01 at 0%, 09:02 at 90% (< 95%): down 09:00-09:03; 09:03 at
    // exactly 95% is up; 09:04 at 0% is down. The api row is not read (where). The signal adds 09:04-09:06
    // (09:04 counted once) and 12:00-12:03 on the 22nd: 3 + 2 + 3 = 8 minutes of 43,200.
    // wiki: 08:00 down, 08:01 up, the signal's 08:20-08:22, and the 31 March row is outside: 1 + 2 = 3 minutes.
    expect(results.map(row)).toEqual([
      ['uptime', 'jira', (100 * (MINUTES.april - 8)) / MINUTES.april, 'breached', 2_592_000, 480],
      ['uptime', 'wiki', (100 * (MINUTES.april - 3)) / MINUTES.april, 'met', 2_592_000, 180],
    ]);
    expect(code).toBe(1);
  });

  it('emptySlices and sliceMeasure: mean, over one day of hourly slices', () => {
    const { results } = evaluate('slices', ['--period', '2026-03-02', '--as-of', '2026-04-01T00:00:00Z']);
    // hourly.csv: 00:00 at 9/10 (< 95%: down), 01:00 at 10/10 (up), 02:00 at 0/0 and 21 hours without rows: 22 empty.
    //   emptySlices down: 1 + 22 = 23 hours down of 24 -> 100 × 1/24.
    //   emptySlices excluded: W = 24 − 22 = 2 hours, D = 1 hour -> 50%.
    // calls.csv: 00:xx has 2 good of 3, 01:xx 3 good of 4; 22 hours without calls.
    //   mean, an empty hour all good: (2/3 + 3/4 + 22) / 24 = 281/288; D = (1/3 + 1/4) h = 2,100 s.
    //   mean, an empty hour failing: (2/3 + 3/4) / 24 = 17/288; D = 24 h − 17/12 h = 81,300 s.
    expect(results.map(row)).toEqual([
      ['empty-down', null, 100 / 24, 'breached', 86_400, 82_800],
      ['empty-excluded', null, 50, 'breached', 7_200, 3_600],
      ['hourly-mean', null, (100 * 281) / 288, 'breached', 86_400, 2_100],
      ['hourly-mean-empty-down', null, (100 * 17) / 288, 'breached', 86_400, 81_300],
    ]);
    expect(results.map((r) => [r.slices, r.emptySlices, r.downSlices])).toEqual([
      [24, 22, 23],
      [24, 22, 1],
      [24, 22, undefined],
      [24, 22, undefined],
    ]);
  });

  it('downtime.of: a region is down while two of its three zones are; a fourth zone is a row error', () => {
    const { results } = evaluate('composite', ['--period', '2026-03', '--as-of', '2026-04-05T00:00:00Z']);
    // a 12:00-14:00, b 13:00-15:00, c 13:30-16:00 on 10 March: two or more down from 13:00 to 15:00;
    // a alone on the 20th does not count. D = 120 minutes of 44,640.
    expect(results.map(row)).toEqual([['region', null, (100 * (MINUTES.march - 120)) / MINUTES.march, 'breached', 2_678_400, 7_200]]);
    // line 6 names zone d; its cell starts at character 43
    expect(failure('composite', ['--period', '2026-03', '--data', 'zones=zones-four.csv'])).toEqual([2, 'sla: zones-four.csv:6:43: more than 3 distinct components (downtime.outOf)\n']);
  });

  it('downtime.weight: an outage counts by its share, the largest where they overlap; a share above 1 is a row error', () => {
    const { results } = evaluate('weighted', ['--period', '2026-03', '--as-of', '2026-04-05T00:00:00Z']);
    // 10:00-14:00 at 0.25 with 12:00-13:00 at 60% inside: 3 h × 0.25 + 1 h × 0.6 = 1.35 h = 81 minutes
    expect(results.map(row)).toEqual([['weighted', null, (100 * (MINUTES.march - 81)) / MINUTES.march, 'breached', 2_678_400, 4_860]]);
    expect(failure('weighted', ['--period', '2026-03', '--data', 'outages=bad-share.csv'])).toEqual([2, 'sla: bad-share.csv:2:43: not a share from 0 to 1 or a percentage such as 40%: "1.5"\n']);
  });

  it('downtime.minimum and unit: short stretches dropped, partial minutes not counted', () => {
    const { results } = evaluate('quantised', ['--from', '2026-03', '--to', '2026-04', '--as-of', '2026-05-05T00:00:00Z']);
    // 10:00:00-10:04:59 is shorter than 5 minutes: dropped. 11:00:00-11:07:30 counts 7 minutes.
    // 31 Mar 23:58:30 - 1 Apr 00:04:00 is one stretch of 5:30: March keeps 1:30, so 1 minute; April 4 minutes.
    expect(results.map(row)).toEqual([
      ['minutes', null, (100 * (MINUTES.march - 8)) / MINUTES.march, 'breached', 2_678_400, 480],
      ['minutes', null, (100 * (MINUTES.april - 4)) / MINUTES.april, 'met', 2_592_000, 240],
    ]);
  });

  it('per: each instance on its own, within its deployed time, with a probe signal read by instance', () => {
    const { results } = evaluate('per-resource', ['--period', '2026-03', '--as-of', '2026-04-05T00:00:00Z']);
    // i-1: deployed all March (44,640 minutes), down 10:00-12:00 and 11:00-13:00 on the 3rd: 180 minutes
    // i-2: deployed 1-15 March (21,600 minutes), down 30 minutes, and 1 probe minute at 0/10: 31 minutes
    // i-3: only in the probes, never deployed: no window time, no data
    expect(results.map(row)).toEqual([
      ['instance-uptime', 'i-1', (100 * (MINUTES.march - 180)) / MINUTES.march, 'breached', 2_678_400, 10_800],
      ['instance-uptime', 'i-2', (100 * (21_600 - 31)) / 21_600, 'met', 1_296_000, 1_860],
      ['instance-uptime', 'i-3', null, 'no-data', 0, 0],
    ]);
  });

  it('per: 250 instances over 70,000 rows (past a slab of rows, and JSON written in pieces): each measured alone, standard output equal to --out', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-per-many-'));
    try {
      fs.copyFileSync(path.join(ROOT, 'bench/per-resource.sla.yaml'), path.join(dir, 'agreement.sla.yaml'));
      // instance k (0-249): 280 outages of (k mod 140) + 1 minutes each, one every 150 minutes from 1 January;
      // every tenth outage is a power cut (left out by the agreement's where)
      const lines = ['instance,start,end,cause'];
      for (let n = 0; n < 280; n++) {
        for (let k = 0; k < 250; k++) {
          const start = Date.UTC(2026, 0, 1) + n * 150 * 60_000 + k * 1000;
          lines.push(`i-${String(k).padStart(3, '0')},${new Date(start).toISOString()},${new Date(start + ((k % 140) + 1) * 60_000).toISOString()},${n % 10 === 9 ? 'power' : 'host'}`);
        }
      }
      fs.mkdirSync(path.join(dir, 'out'));
      fs.writeFileSync(path.join(dir, 'out/intervals.csv'), `${lines.join('\n')}\n`);
      const flags = ['evaluate', 'agreement.sla.yaml', '--period', '2026-01', '--as-of', '2026-02-01T00:00:00Z', '--format', 'json'];
      const r = runSla(flags, { cwd: dir });
      expect([r.code, r.stderr]).toEqual([1, '']);
      expect(runSla([...flags, '--out', 'report.json'], { cwd: dir }).code).toBe(1);
      expect(r.stdout).toBe(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
      const { results } = JSON.parse(r.stdout) as Evaluation;
      expect(results).toHaveLength(250);
      // a long run (4 MB of data) ends as soon as its output is written: nothing of it, or of its messages, is lost
      fs.appendFileSync(path.join(dir, 'out/intervals.csv'), 'i-000,not a time,2026-01-02T00:00:00Z,host\n');
      const skipping = runSla([...flags, '--skip-invalid'], { cwd: dir });
      expect(skipping.code).toBe(1);
      const skipped = JSON.parse(skipping.stdout) as Evaluation;
      expect(skipped.results).toEqual(results);
      expect(skipped.skipped).toEqual([{ file: 'out/intervals.csv', count: 1, examples: ['out/intervals.csv:70002:7: not an ISO 8601 time: "not a time"'] }]);
      expect(skipping.stderr).toMatch(/^sla: skipped 1 invalid row in out\/intervals\.csv\n  out\/intervals\.csv:70002:\d+: /);
      // all 280 outages start and end in January (the last ends 41,850 + 141 minutes in, of 44,640) and none
      // overlaps the next; 252 of them not power: 252 × ((k mod 140) + 1) minutes down; only i-000's and
      // i-140's 252 minutes are within the 1% (446.4 minutes)
      for (const k of [0, 1, 7, 140, 249]) {
        const down = 252 * ((k % 140) + 1);
        expect(row(results[k]!)).toEqual(['instance-uptime', `i-${String(k).padStart(3, '0')}`, (100 * (MINUTES.january - down)) / MINUTES.january, k % 140 === 0 ? 'met' : 'breached', 2_678_400, down * 60]);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('per: an empty instance cell, and a signal source without the instance column, are input errors', () => {
    expect(failure('per-resource', ['--period', '2026-03', '--data', 'unavailable=empty-instance.csv'])).toEqual([2, 'sla: empty-instance.csv:2:1: empty resource: the cell must name one\n']);
    expect(failure('per-resource', ['--period', '2026-03', '--data', 'probes=probes-without-instance.csv'])).toEqual([2, "sla: probes-without-instance.csv: no column 'instance' (columns: minute, ok, total)\n"]);
  });

  it('exclude with a yearly budget, and excludeFromWindow of a customer’s freeze', () => {
    const { results } = evaluate('exclusions', ['--period', '2026-Q2', '--as-of', '2026-10-05T00:00:00Z']);
    // Q2 is 91 days = 7,862,400 s; the freeze (25 June 10:00-11:00) leaves W = 7,858,800 s.
    // Budget of 10 h in 2026: 6 h on 10 Feb, 2 h on 16 May (8 h), then only 00:00-02:00 of 20 June's 00:00-04:00.
    // Downtime: 7 May 10:00:00-12:11:02.4 = 7,862.4 s; 16 May 02:30-03:30 is excluded; 20 June 01:00-03:00
    // less 01:00-02:00 = 3,600 s; 25 June 10:00-11:00 is out of the window. D = 11,462.4 s.
    expect(results.map(row)).toEqual([['quarterly', null, (100 * (7_858_800_000 - 11_462_400)) / 7_858_800_000, 'breached', 7_858_800, 11_462.4]]);
  });
});
