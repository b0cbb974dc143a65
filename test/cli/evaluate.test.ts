import * as fs from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import * as zlib from 'zlib';
import { evaluateCommand, evaluateExitCode, parseAsOf, type EvaluateCommandOptions } from '../../src/cli/evaluate-command';
import type { CliIO } from '../../src/cli/io';
import type { Evaluation } from '../../src/evaluate/result';
import { evaluationValidator } from '../formatters/evaluate/fixture';

import { REFERENCE } from '../helpers/reference';
const BAD = path.join(__dirname, '../fixtures/bad-data');
const scratch = path.join(__dirname, '../../tmp/evalio-tests/cli');

interface Run {
  code: number | null;
  error: (Error & { exitCode?: number }) | null;
  stdout: string;
  stderr: string;
}

async function run(options: Partial<EvaluateCommandOptions> & { agreement: string }, cwd = REFERENCE, stdin: Buffer | null = null, env = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s) => (stdout += String(s)) },
    stderr: { write: (s) => (stderr += String(s)) },
    stdin: Readable.from(stdin === null ? [] : [stdin]),
    cwd,
    env,
  };
  try {
    const code = await evaluateCommand({ format: 'json', ...options }, io);
    return { code, error: null, stdout, stderr };
  } catch (e) {
    return { code: null, error: e as Error, stdout, stderr };
  }
}

interface Expected {
  results: { metric: string; period: string; value: number | null; status: string; credit: number; earnBack: string | null }[];
  credits: { service: string; period: string; percent: number; amount: number | null }[];
}

/** compare.py's rules: value within 1e-6, the rest exactly, no entry missing or extra. */
function expectMatches(actual: Evaluation, name: string): void {
  const expected = JSON.parse(fs.readFileSync(path.join(REFERENCE, 'expected', `${name}.json`), 'utf8')) as Expected;
  expect(actual.results.map((r) => `${r.metric} ${r.period}`)).toEqual(expected.results.map((r) => `${r.metric} ${r.period}`));
  actual.results.forEach((r, i) => {
    const e = expected.results[i];
    if (e.value === null) expect(r.value).toBeNull();
    else expect(Math.abs((r.value as number) - e.value)).toBeLessThanOrEqual(1e-6);
    expect([r.status, r.credit, r.earnBack]).toEqual([e.status, e.credit, e.earnBack]);
  });
  expect(actual.credits.map((c) => [c.service, c.period, c.percent, c.amount])).toEqual(
    expected.credits.map((c) => [c.service, c.period, c.percent, c.amount]),
  );
}

describe('sla evaluate (in process)', () => {
  const validate = evaluationValidator();
  beforeAll(() => fs.mkdirSync(scratch, { recursive: true }));

  it.each([
    ['managed-hosting', { from: '2026-09', to: '2026-11', asOf: '2026-12-05T00:00:00Z' }],
    ['marketing-sales', { asOf: '2027-01-10T00:00:00Z' }],
    ['saas-platform', { period: '2026-Q1', asOf: '2026-04-15T00:00:00Z' }],
  ])('reproduces expected/%s.json and exits 1', async (name, flags) => {
    const r = await run({ agreement: `${name}.sla.yaml`, ...flags });
    expect(r.error).toBeNull();
    expect(r.code).toBe(1);
    const evaluation = JSON.parse(r.stdout) as Evaluation;
    expect(validate(evaluation) ? [] : validate.errors).toEqual([]);
    expectMatches(evaluation, name);
    expect(r.stderr).toBe('');
  });

  it('--fail-on changes the exit code', async () => {
    const base = { agreement: 'managed-hosting.sla.yaml', period: '2026-10', asOf: '2026-12-05T00:00:00Z' };
    expect((await run({ ...base, failOn: 'never' })).code).toBe(0);
    expect((await run({ ...base, metrics: ['uptime-business'] })).code).toBe(0);
    expect((await run({ ...base, metrics: ['uptime-business'], failOn: 'at-risk' })).code).toBe(1);
  });

  it('reads a source from --data, from a .csv.gz and from stdin alike', async () => {
    const base = { agreement: path.join(REFERENCE, 'managed-hosting.sla.yaml'), metrics: ['checkout-latency', 'checkout-p95'], from: '2026-09', to: '2026-11', asOf: '2026-12-05T00:00:00Z' };
    const plain = await run(base, scratch);
    const bytes = fs.readFileSync(path.join(REFERENCE, 'data/requests.csv'));
    fs.writeFileSync(path.join(scratch, 'requests.csv.gz'), zlib.gzipSync(bytes));
    const gz = await run({ ...base, data: ['requests=requests.csv.gz'] }, scratch);
    const stdin = await run({ ...base, data: ['requests=-'] }, scratch, bytes);
    expect(plain.error).toBeNull();
    const results = (r: Run) => (JSON.parse(r.stdout) as Evaluation).results;
    expect(results(plain)).toHaveLength(6);
    expect(results(gz)).toEqual(results(plain));
    expect(results(stdin)).toEqual(results(plain));
  });

  it('refuses an unknown --data name with a suggestion', async () => {
    const r = await run({ agreement: 'managed-hosting.sla.yaml', data: ['request=x.csv'] });
    expect(r.error?.exitCode).toBe(2);
    expect(r.error?.message).toBe("--data request=...: the agreement has no data source 'request' (did you mean 'requests'?)");
  });

  it('refuses two sources on stdin and a malformed --data', async () => {
    const two = await run({ agreement: 'managed-hosting.sla.yaml', data: ['requests=-', 'tickets=-'] });
    expect(two.error?.message).toMatch(/only one data source can read standard input/);
    const bad = await run({ agreement: 'managed-hosting.sla.yaml', data: ['requests'] });
    expect(bad.error?.message).toBe("--data expects NAME=FILE, got 'requests'");
  });

  it('refuses an agreement that does not load, naming the place', async () => {
    fs.writeFileSync(path.join(scratch, 'broken.sla.yaml'), 'sla: 1\nid: [\n');
    const r = await run({ agreement: 'broken.sla.yaml' }, scratch);
    expect(r.error?.exitCode).toBe(2);
    expect(r.error?.message).toMatch(/^broken\.sla\.yaml has 1 lint error; .*\n  broken\.sla\.yaml:\d+:\d+: .*\(yaml-syntax\)$/);
    const missing = await run({ agreement: 'nope.sla.yaml' }, scratch);
    expect(missing.error?.message).toBe('cannot read nope.sla.yaml: no such file or directory');
  });

  it('writes --out atomically and leaves the old file when a run fails', async () => {
    const out = path.join(scratch, 'report.csv');
    fs.writeFileSync(out, 'old');
    const ok = await run({ agreement: 'agreement.sla.yaml', period: '2026-03', asOf: '2026-12-05T00:00:00Z', format: 'csv', out }, BAD);
    expect(ok.code).toBe(1);
    expect(ok.stdout).toBe('');
    expect(fs.readFileSync(out, 'utf8').split('\r\n')[0]).toMatch(/^metric,period,/);
    fs.writeFileSync(out, 'old');
    const failed = await run({ agreement: 'agreement.sla.yaml', period: '2026-03', data: ['requests=ragged-row.csv'], format: 'csv', out }, BAD);
    expect(failed.error?.exitCode).toBe(2);
    expect(fs.readFileSync(out, 'utf8')).toBe('old');
  });

  it('writes every format', async () => {
    const base = { agreement: 'agreement.sla.yaml', period: '2026-03', asOf: '2026-12-05T00:00:00Z' };
    const outputs = await Promise.all((['table', 'json', 'md', 'html', 'csv', 'junit'] as const).map((format) => run({ ...base, format }, BAD)));
    for (const r of outputs) expect([r.error, r.code]).toEqual([null, 1]);
    const [table, , md, html, , junit] = outputs.map((r) => r.stdout);
    expect(table).toContain('2 breached · 1 met — credits owed €50.00');
    expect(table).not.toMatch(/\u001b\[/);
    expect(md).toContain('# Service report: Bad data corpus');
    expect(html).toContain('<html lang="en-GB">');
    expect(junit).toContain('<testsuite name="fast" tests="1" failures="1"');
  });

  it('colours the table when FORCE_COLOR is set', async () => {
    const r = await run({ agreement: 'agreement.sla.yaml', period: '2026-03', asOf: '2026-12-05T00:00:00Z', format: 'table' }, BAD, null, { FORCE_COLOR: '1' });
    expect(r.stdout).toContain('\u001b[31mbreached');
  });
});

describe('bad data corpus', () => {
  const cases = JSON.parse(fs.readFileSync(path.join(BAD, 'cases.json'), 'utf8')) as {
    defect: string;
    source: string;
    file: string;
    exitCode: number;
    message: string;
  }[];

  it.each(cases.map((c) => [c.defect, c] as const))('%s: stops with FILE:LINE:COLUMN and exit 2', async (_, c) => {
    const r = await run({ agreement: 'agreement.sla.yaml', period: '2026-03', asOf: '2026-12-05T00:00:00Z', data: [`${c.source}=${c.file}`] }, BAD);
    expect(r.error?.message).toBe(c.message);
    expect(r.error?.exitCode).toBe(c.exitCode);
    expect(r.stdout).toBe('');
  });

  it.each(cases.filter((c) => /:\d+:\d+: /.test(c.message)).map((c) => [c.defect, c] as const))(
    '%s: --skip-invalid skips the row and reports it',
    async (_, c) => {
      const r = await run({ agreement: 'agreement.sla.yaml', period: '2026-03', asOf: '2026-12-05T00:00:00Z', data: [`${c.source}=${c.file}`], skipInvalid: true }, BAD);
      expect(r.error).toBeNull();
      const evaluation = JSON.parse(r.stdout) as Evaluation;
      expect(evaluation.skipped).toEqual([{ file: c.file, count: 1, examples: [c.message] }]);
      expect(r.stderr).toBe(`sla: skipped 1 invalid row in ${c.file}\n  ${c.message}\n`);
    },
  );
});

describe('helpers', () => {
  it('reads --as-of as an instant or as local time in the agreement zone', () => {
    expect(parseAsOf('2026-12-05T00:00:00Z', 'Europe/Berlin')).toBe(Date.UTC(2026, 11, 5));
    expect(parseAsOf('2026-12-05T00:00:00', 'Europe/Berlin')).toBe(Date.UTC(2026, 11, 4, 23));
    expect(parseAsOf('2026-07-01', 'Europe/Berlin')).toBe(Date.UTC(2026, 5, 30, 22));
    expect(() => parseAsOf('yesterday', 'Europe/Berlin')).toThrow(/--as-of: 'yesterday' is not an ISO 8601/);
  });

  it('maps statuses to exit codes', () => {
    const e = (status: Evaluation['results'][number]['status']) => ({ results: [{ status }] }) as Evaluation;
    expect(evaluateExitCode(e('breached'), 'breach')).toBe(1);
    expect(evaluateExitCode(e('breached'), 'never')).toBe(0);
    expect(evaluateExitCode(e('at-risk'), 'breach')).toBe(0);
    expect(evaluateExitCode(e('at-risk'), 'at-risk')).toBe(1);
    expect(evaluateExitCode(e('excused'), 'at-risk')).toBe(0);
    expect(evaluateExitCode(e('no-data'), 'breach')).toBe(0);
  });
});
