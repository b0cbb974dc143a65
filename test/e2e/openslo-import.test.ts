import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { ROOT, runSla } from '../helpers/run-sla';
import { ENGINE_CASES } from '../export/cases';

// `sla import openslo` through the built binary: OpenSLO v1 to an agreement
// skeleton that lints clean, with every guess said.

const FIXTURE = path.join(ROOT, 'test/fixtures/openslo/import');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-openslo-import-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Agreement {
  term: { start: string; end: string };
  timezone: string;
  calendars?: Record<string, unknown>;
  metrics: Record<string, unknown>[];
}

/** Imports `files` (relative to cwd) into a file of its own; the run, its stderr, the agreement and sla lint's verdict of it. */
function imported(files: string[], cwd: string, flags: string[] = []): { code: number; stderr: string; text: string; agreement: Agreement; lint: { code: number; out: string } } {
  const out = path.join(fs.mkdtempSync(path.join(tmp, 'run-')), 'imported.sla.yaml');
  const r = runSla(['import', 'openslo', ...files, '--out', out, ...flags], { cwd });
  if (r.code !== 0) return { code: r.code, stderr: r.stderr, text: '', agreement: null as unknown as Agreement, lint: { code: -1, out: '' } };
  const lint = runSla(['lint', out]);
  const text = fs.readFileSync(out, 'utf8');
  return { code: r.code, stderr: r.stderr, text, agreement: parse(text) as Agreement, lint: { code: lint.code, out: lint.stdout + lint.stderr } };
}

describe('sla import openslo', () => {
  it('OpenSLO as teams write it: a skeleton that lints clean, each guess said (duration 1m where a month was meant)', () => {
    const r = imported(['checkout.yaml'], FIXTURE);
    expect(r.code).toBe(0);
    expect(r.lint).toEqual({ code: 0, out: '' });
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      "sla: guessed: SLO 'checkout-availability': duration '1m' is one minute; with a calendar a month (1M) was probably meant",
      "sla: guessed: SLO 'checkout-success': rolling window of 28d: an agreement judges calendar periods, so a month (the nearest)",
      "sla: guessed: SLO 'checkout-latency': values are read from column 'value' of data source 'checkout-duration' in milliseconds (unit: ms); the target is the 99th percentile at most 400",
      "sla: guessed: the term runs a year from 2026-01-01, the calendar's start",
      "sla: guessed: the parties are placeholders: 'provider' owns every metric, 'customer' is the other party",
      "sla: guessed: each data source names no file: pass it with sla evaluate --data NAME=FILE, or add 'file:'",
    ]);
    expect(r.agreement.term).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(r.agreement.timezone).toBe('Europe/Berlin');
    expect(r.agreement.metrics).toEqual([
      expect.objectContaining({ id: 'checkout-availability', kind: 'availability', slice: '1m', downWhen: '< 95%', period: 'month', target: '>= 99.5%' }),
      expect.objectContaining({ id: 'checkout-success', kind: 'ratio', period: 'month', target: '>= 99.9%' }),
      expect.objectContaining({ id: 'checkout-latency', kind: 'percentile', percentile: 99, unit: 'ms', target: '<= 400ms' }),
    ]);
    // the guesses head the file too
    expect(r.text.split('\n').slice(0, 2)).toEqual([
      '# Imported from OpenSLO by `sla import openslo`. Check what it guessed:',
      "#   - SLO 'checkout-availability': duration '1m' is one minute; with a calendar a month (1M) was probably meant",
    ]);
  });

  it.each(ENGINE_CASES.filter((c) => !c.name.startsWith('downtime-')))('$name: exported to OpenSLO and imported back, it lints clean', ({ dir, file }) => {
    const exp = runSla(['export', 'openslo', file], { cwd: dir });
    const slos = path.join(fs.mkdtempSync(path.join(tmp, 'export-')), 'slos.yaml');
    fs.writeFileSync(slos, exp.stdout);
    const r = imported([slos], tmp);
    if (!exp.stdout.includes('kind: SLO')) {
      // every metric of it is out of OpenSLO's reach (zendesk: targets of 100%)
      expect([r.code, r.stderr]).toEqual([2, 'sla: no SLO documents to import\n']);
      return;
    }
    expect(r.code).toBe(0);
    expect(r.lint).toEqual({ code: 0, out: '' });
  });

  it('what the export kept in annotations comes back: a strict target, the window\'s calendar', () => {
    const exp = runSla(['export', 'openslo', 'managed-hosting.sla.yaml'], { cwd: path.join(ROOT, 'test/fixtures/reference') });
    const slos = path.join(tmp, 'managed-hosting.openslo.yaml');
    fs.writeFileSync(slos, exp.stdout);
    const r = imported([slos], tmp);
    const uptime = r.agreement.metrics.find((m) => m.id === 'uptime-business')!;
    expect(uptime).toMatchObject({ kind: 'availability', window: 'office', warning: '< 99.7%', target: '>= 99.5%', data: 'uptime-business' });
    expect(r.agreement.calendars).toMatchObject({ office: { hours: { 'mon-fri': '08:00-18:00' } } });
    expect(r.stderr).toContain("annotation sla-as-code.dev/credits is not restored");
    const saas = runSla(['export', 'openslo', 'saas-platform.sla.yaml'], { cwd: path.join(ROOT, 'test/fixtures/reference') });
    fs.writeFileSync(slos, saas.stdout);
    expect(imported([slos], tmp).agreement.metrics.find((m) => m.id === 'git-uptime')).toMatchObject({ target: '> 99.9%', period: 'quarter' });
  });

  it('a file that is not OpenSLO v1 is refused; --start must be a date', () => {
    fs.writeFileSync(path.join(tmp, 'old.yaml'), 'apiVersion: openslo/v1alpha\nkind: SLO\nmetadata: { name: x }\nspec: {}\n');
    const old = runSla(['import', 'openslo', 'old.yaml'], { cwd: tmp });
    expect([old.code, old.stderr]).toEqual([2, 'sla: a document has apiVersion "openslo/v1alpha": sla imports OpenSLO v1 (apiVersion: openslo/v1)\n']);
    const bad = runSla(['import', 'openslo', 'old.yaml', '--start', 'May'], { cwd: tmp });
    expect([bad.code, bad.stderr]).toEqual([2, "sla: --start expects a date as YYYY-MM-DD, got 'May'\n"]);
  });

  it('a file that is not YAML names its line and column once, and echoes none of its text', () => {
    fs.writeFileSync(path.join(tmp, 'broken.yaml'), 'apiVersion: openslo/v1\nkind: SLO\nTOKEN_abc123 this is\nnot: [closed\n');
    const r = runSla(['import', 'openslo', 'broken.yaml'], { cwd: tmp });
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/^sla: broken\.yaml:\d+:\d+: [^\n]+\n$/);
    expect(r.stderr).not.toMatch(/at line|TOKEN_abc123|closed/);
  });
});
