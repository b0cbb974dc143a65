import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { duckdbWarehouse, saveResult } from '../helpers/duckdb';
import { ROOT, runSla } from '../helpers/run-sla';

// `sla export sql` and `sla evaluate --aggregates` through the built binary:
// what is refused and why, aggregates of another run, rows the engine found
// that `sla` would stop at, results saved as JSON, table names.

const DOWN = path.join(ROOT, 'test/fixtures/downtime');
const MARCH = ['--period', '2026-03', '--as-of', '2026-04-05T00:00:00Z'];

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-export-sql-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of a downtime fixture's folder, its agreement changed by `edit`. */
function fixture(name: string, edit: (text: string) => string = (t) => t): string {
  const dir = fs.mkdtempSync(path.join(tmp, `${name}-`));
  fs.cpSync(path.join(DOWN, name), dir, { recursive: true });
  const file = path.join(dir, 'agreement.sla.yaml');
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  return dir;
}

/** The weighted fixture with a second, plain metric over the same outages. */
const withPlainMetric = (text: string): string =>
  text.replace(/\nmetrics:\n/, '\nmetrics:\n  - { id: plain, name: Plain availability, service: cloud, owner: provider, kind: availability, data: outages, period: month, target: ">= 99%" }\n');

async function exported(dir: string, flags: string[], format: 'csv' | 'ndjson' | 'json' = 'csv'): Promise<{ code: number; stderr: string; result: string }> {
  const exp = runSla(['export', 'sql', 'agreement.sla.yaml', '--dialect', 'duckdb', ...flags], { cwd: dir });
  if (exp.code !== 0) return { code: exp.code, stderr: exp.stderr, result: '' };
  const con = await duckdbWarehouse(path.join(dir, 'agreement.sla.yaml'), dir);
  const result = await saveResult(con, exp.stdout, path.join(dir, `result.${format === 'csv' ? 'csv' : 'json'}`), format);
  con.closeSync();
  return { code: 0, stderr: exp.stderr, result };
}

const evaluate = (dir: string, flags: string[]) => runSla(['evaluate', 'agreement.sla.yaml', ...flags, '--format', 'json'], { cwd: dir });

describe('sla export sql: what it leaves to sla evaluate', () => {
  it('a weighted metric is named on stderr and read from its rows, the other from the aggregates: the evaluation of the rows', async () => {
    const dir = fixture('weighted', withPlainMetric);
    const { code, stderr, result } = await exported(dir, MARCH);
    expect(code).toBe(0);
    expect(stderr).toBe(
      "sla: metric 'weighted' is not in the query (evaluate it from its rows): weighted downtime (downtime.weight) takes the largest share where rows overlap; the engine would have to return every row\n",
    );
    const rows = evaluate(dir, MARCH);
    const fed = evaluate(dir, ['--aggregates', result]);
    expect(fed.stderr).toBe('');
    expect(JSON.parse(fed.stdout)).toEqual(JSON.parse(rows.stdout));
    expect((JSON.parse(fed.stdout) as { results: { metric: string }[] }).results.map((r) => r.metric)).toEqual(['plain', 'weighted']);
  });

  it('--metric naming a metric it cannot compute is an error with the reason; so is an agreement with none it can', () => {
    const dir = fixture('weighted', withPlainMetric);
    const r = runSla(['export', 'sql', 'agreement.sla.yaml', '--dialect', 'duckdb', '--metric', 'weighted', ...MARCH], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain("sla: metric 'weighted' cannot be exported: weighted downtime (downtime.weight)");
    const composite = runSla(['export', 'sql', 'agreement.sla.yaml', '--dialect', 'duckdb', ...MARCH], { cwd: path.join(DOWN, 'composite') });
    expect([composite.code, composite.stdout]).toEqual([2, '']);
    expect(composite.stderr).toContain("no metric can be computed in SQL: 'region' (composite downtime (downtime.of)");
  });

  // sources whose rows sla makes from a vendor's records, or whose cells hold several values, or whose
  // paused time moves due instants: each metric is refused with the reason, never computed otherwise
  it.each([
    ['zendesk', "'first-reply' (data source 'ticket-metrics' is a zendesk-events export: sla makes its rows from the export's records"],
    ['statuspage', "'api-availability' (data source 'status-history' is a statuspage export"],
    ['prometheus', "'success-rate' (data source 'requests' is a prometheus export"],
    ['servicenow', "'p1-resolution' (data source 'task-slas' maps columns.paused: the time an item stood still moves its due instant"],
    ['jira', "'incident-resolution' (data source 'requests' is a jira export, whose repeated columns are one cell of several values"],
  ])('the %s example is refused with the reason for each metric', (name, reason) => {
    const r = runSla(['export', 'sql', `${name}.sla.yaml`, '--dialect', 'postgres', '--as-of', '2026-12-01T00:00:00Z'], { cwd: path.join(ROOT, 'examples/sources', name) });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain(`sla: no metric can be computed in SQL: ${reason}`);
  });

  it('a Jira metric without conditions is exported; one that tests a cell is named on stderr', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'jira-'));
    fs.cpSync(path.join(ROOT, 'examples/sources/jira'), dir, { recursive: true });
    const file = path.join(dir, 'jira.sla.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n    where: \{ "Custom field \(Request Type\)": Report an incident \}/, ''));
    const r = runSla(['export', 'sql', 'jira.sla.yaml', '--dialect', 'duckdb', '--as-of', '2026-12-01T00:00:00Z'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("'incident-resolution'");
    expect(r.stderr).toContain("sla: metric 'payments-resolution' is not in the query (evaluate it from its rows): data source 'requests' is a jira export");
  });
});

describe('sla evaluate --aggregates: aggregates of another run or agreement', () => {
  it('another --as-of, or a metric changed since the export, is refused with the run they were made for', async () => {
    const dir = fixture('quantised');
    const { result } = await exported(dir, MARCH);
    const other = evaluate(dir, ['--aggregates', result, '--as-of', '2026-04-06T00:00:00Z']);
    expect([other.code, other.stdout]).toEqual([2, '']);
    expect(other.stderr).toBe(
      "sla: aggregates of metric 'minutes' were computed for another version of the metric, its data sources or the range (they were exported with --from 2026-03 --to 2026-03 --as-of 2026-04-05T00:00:00.000Z): export them again\n",
    );
    const file = path.join(dir, 'agreement.sla.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('unit: 1m', 'unit: 2m'));
    const edited = evaluate(dir, ['--aggregates', result]);
    expect(edited.code).toBe(2);
    expect(edited.stderr).toContain("aggregates of metric 'minutes' were computed for another version");
  });

  it('rows the engine found that sla would stop at stop the run too, as they do from the file', async () => {
    const dir = fixture('quantised');
    const outages = path.join(dir, 'outages.csv');
    fs.appendFileSync(outages, '2026-03-20T10:00:00Z,2026-03-20T09:00:00Z\n');
    const rows = evaluate(dir, MARCH);
    expect(rows.code).toBe(2);
    expect(rows.stderr).toContain('end is before start');
    const { result } = await exported(dir, MARCH);
    const fed = evaluate(dir, ['--aggregates', result]);
    expect([fed.code, fed.stdout]).toEqual([2, '']);
    expect(fed.stderr).toBe(
      "sla: metric 'minutes' (own): 1 row that `sla evaluate` stops at (an empty or negative count, more good than total, an empty value or resource, an end before its start); evaluate the rows themselves to see each one\n",
    );
  });

  it('a result saved as JSON (an array, or one object per line) is read as the CSV', async () => {
    const dir = fixture('per-resource');
    const csv = evaluate(dir, ['--aggregates', (await exported(dir, MARCH)).result]);
    for (const format of ['ndjson', 'json'] as const) {
      const json = evaluate(dir, ['--aggregates', (await exported(dir, MARCH, format)).result]);
      expect(json.stderr).toBe('');
      expect(JSON.parse(json.stdout)).toEqual(JSON.parse(csv.stdout));
    }
    expect(JSON.parse(csv.stdout)).toEqual(JSON.parse(evaluate(dir, MARCH).stdout));
  });

  it('a file that is not a result of the query is refused', () => {
    const dir = fixture('quantised');
    fs.writeFileSync(path.join(dir, 'other.csv'), 'metric,part,value\nminutes,own,12\n');
    const r = evaluate(dir, ['--aggregates', 'other.csv']);
    expect([r.code, r.stderr]).toEqual([2, 'sla: other.csv: no plan rows: is it the result of the query `sla export sql` writes?\n']);
    fs.writeFileSync(path.join(dir, 'unknown.csv'), 'metric,part,value\nnope,plan,{}\n');
    expect(evaluate(dir, ['--aggregates', 'unknown.csv']).stderr).toBe("sla: --aggregates unknown.csv: the agreement has no metric 'nope'\n");
  });
});

describe('sla export sql: flags', () => {
  const dir = path.join(DOWN, 'quantised');

  it('--table reads a data source from a table named otherwise (any FROM item)', () => {
    const r = runSla(['export', 'sql', 'agreement.sla.yaml', '--dialect', 'postgres', '--table', 'outages=ops.outages_2026', ...MARCH], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('FROM ops.outages_2026\n');
    expect(r.stdout).not.toContain('FROM outages\n');
  });

  it('a --table for a source the agreement lacks, --period with --from, or no --dialect is a usage error', () => {
    const table = runSla(['export', 'sql', 'agreement.sla.yaml', '--dialect', 'duckdb', '--table', 'outage=x'], { cwd: dir });
    expect([table.code, table.stderr]).toEqual([2, "sla: --table outage=...: the agreement has no data source 'outage'\n"]);
    const both = runSla(['export', 'sql', 'agreement.sla.yaml', '--dialect', 'duckdb', '--period', '2026-03', '--from', '2026-03'], { cwd: dir });
    expect([both.code, both.stderr]).toEqual([2, 'sla: --period cannot be combined with --from or --to\n']);
    const none = runSla(['export', 'sql', 'agreement.sla.yaml'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("required option '--dialect <dialect>' not specified");
  });
});
