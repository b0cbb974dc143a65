import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, runSla } from '../helpers/run-sla';
import { REFERENCE } from '../helpers/reference';

const BAD = path.join(ROOT, 'test/fixtures/bad-data');

/** The acceptance command lines of expected/README.md, with their exit codes. */
const ACCEPTANCE: [string, string[], number][] = [
  ['managed-hosting', ['--from', '2026-09', '--to', '2026-11', '--as-of', '2026-12-05T00:00:00Z'], 1],
  ['marketing-sales', ['--as-of', '2027-01-10T00:00:00Z'], 1],
  ['saas-platform', ['--period', '2026-Q1', '--as-of', '2026-04-15T00:00:00Z'], 1],
];

describe('sla evaluate (built binary)', () => {
  it.each(ACCEPTANCE)('%s matches expected/ by compare.py and exits %#', (name, flags, code) => {
    const r = runSla(['evaluate', `${name}.sla.yaml`, ...flags, '--format', 'json'], { cwd: REFERENCE });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(code);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-evaluate-'));
    const actual = path.join(dir, `${name}.json`);
    fs.writeFileSync(actual, r.stdout);
    const report = execFileSync('python3', [path.join(REFERENCE, 'compare.py'), path.join(REFERENCE, 'expected', `${name}.json`), actual], { encoding: 'utf8' });
    const [, matched, total] = /(\d+)\/(\d+) entries match\s*$/.exec(report) ?? [];
    expect(matched).toBe(total);
  });

  it('prints the table by default, even when piped, with no progress bar', () => {
    const r = runSla(['evaluate', 'managed-hosting.sla.yaml', '--from', '2026-09', '--to', '2026-11', '--as-of', '2026-12-05T00:00:00Z'], { cwd: REFERENCE });
    expect(r.stdout).toContain('9 breached · 1 at risk · 13 met · 1 excused — credits owed €1,650.00');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stderr).toBe('');
  });

  it('reads the agreement from standard input for -, its data relative to the working directory', () => {
    const flags = ['--from', '2026-09', '--to', '2026-11', '--as-of', '2026-12-05T00:00:00Z', '--format', 'json'];
    const input = fs.readFileSync(path.join(REFERENCE, 'managed-hosting.sla.yaml'), 'utf8');
    const piped = runSla(['evaluate', '-', ...flags], { cwd: REFERENCE, input });
    const named = runSla(['evaluate', 'managed-hosting.sla.yaml', ...flags], { cwd: REFERENCE });
    expect([piped.code, piped.stderr]).toEqual([1, '']);
    expect(JSON.parse(piped.stdout).agreement.file).toBe('<stdin>');
    expect({ ...JSON.parse(piped.stdout), agreement: null }).toEqual({ ...JSON.parse(named.stdout), agreement: null });
    const both = runSla(['evaluate', '-', '--data', 'requests=-'], { cwd: REFERENCE, input });
    expect([both.code, both.stderr]).toEqual([2, 'sla: the agreement and --data requests cannot both read standard input\n']);
  });

  it('reads standard input for --data NAME=-', () => {
    const input = fs.readFileSync(path.join(BAD, 'requests.csv'), 'utf8');
    const r = runSla(['evaluate', 'agreement.sla.yaml', '--period', '2026-03', '--data', 'requests=-', '--metric', 'fast', '--format', 'csv'], { cwd: BAD, input });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\r\n')[1]).toMatch(/^fast,2026-03,.*,66\.6666666666666\d*,%,>= 99%,breached,5,,,50$/);
  });

  it('stops at a bad row with FILE:LINE:COLUMN and exit 2', () => {
    const r = runSla(['evaluate', 'agreement.sla.yaml', '--period', '2026-03', '--data', 'requests=non-numeric-value.csv'], { cwd: BAD });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sla: non-numeric-value.csv:3:29: not a number: "fast"\n');
    expect(r.stdout).toBe('');
  });

  const corpus = JSON.parse(fs.readFileSync(path.join(BAD, 'cases.json'), 'utf8')) as { defect: string; source: string; file: string; exitCode: number; message: string }[];
  it.each(corpus.map((c) => [c.defect, c] as const))('bad data, %s: the message and exit code of the corpus', (_, c) => {
    const r = runSla(['evaluate', 'agreement.sla.yaml', '--period', '2026-03', '--data', `${c.source}=${c.file}`], { cwd: BAD });
    expect([r.code, r.stderr]).toEqual([c.exitCode, `sla: ${c.message}\n`]);
  });

  it('exits 2 on an unknown --format, listing the choices', () => {
    const r = runSla(['evaluate', 'agreement.sla.yaml', '--format', 'xml'], { cwd: BAD });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('table, json, md, html, csv, junit');
  });
});
