import * as fs from 'fs';
import * as path from 'path';
import MarkdownIt from 'markdown-it';
import { ROOT, type Run } from '../helpers/run-sla';
import { EVALUATE, agreement, removeWorkspaces, sla, workspace } from '../helpers/untrusted';
import { expatProblems, TERMINAL_CONTROL } from '../helpers/well-formed';

/**
 * Issue 15: agreements and data are untrusted. Each point through the built
 * binary, as a CI job would run it on a pull request's agreement (point 1 in
 * untrusted-secrets.test.ts, point 8 in long-words.test.ts, the fuzz test in
 * untrusted-fuzz.test.ts).
 */

afterAll(removeWorkspaces);

describe('3. impossible counts rows are row errors', () => {
  const bad = 'minute,ok,all\n2026-03-02T10:00:00Z,99,100\n2026-03-02T10:01:00Z,20,11\n2026-03-02T10:02:00Z,-3,10\n2026-03-02T10:03:00Z,5,0\n';

  it('stop the run at FILE:LINE:COLUMN (exit 2), never a ratio over 100% reported met', () => {
    const w = workspace(agreement(), { 'data/counts.csv': bad });
    const r = sla(w.dir, [...EVALUATE, '--metric', 'success', '--format', 'json']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe('sla: data/counts.csv:3:22: good "20" is more than total "11" (good counts are part of the total)\n');
  });

  it('are skipped and counted with --skip-invalid, like other bad rows', () => {
    const w = workspace(agreement(), { 'data/counts.csv': bad });
    const r = sla(w.dir, [...EVALUATE, '--metric', 'success', '--format', 'json', '--skip-invalid']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      [
        'sla: skipped 3 invalid rows in data/counts.csv',
        '  data/counts.csv:3:22: good "20" is more than total "11" (good counts are part of the total)',
        '  data/counts.csv:4:22: a count cannot be negative: good is "-3"',
        '  data/counts.csv:5:22: good "5" is more than total "0" (good counts are part of the total)',
        '',
      ].join('\n'),
    );
    const result = JSON.parse(r.stdout).results[0];
    expect(result).toMatchObject({ value: 99, good: 99, total: 100, status: 'met', errorBudget: { allowed: 1, used: 1 } });
  });
});

describe('4. a sum beyond the range of numbers', () => {
  it('is an error naming metric and period, never ∞ in the table or null beside met in JSON', () => {
    const w = workspace(agreement(), { 'data/latencies.csv': 't,ms\n2026-03-02T10:00:00Z,1e308\n2026-03-03T10:00:00Z,1e308\n' });
    for (const format of ['table', 'json']) {
      const r = sla(w.dir, [...EVALUATE, '--metric', 'work', '--format', format]);
      expect([r.code, r.stdout]).toEqual([2, '']);
      expect(r.stderr).toBe("sla: metric 'work', period 2026-03: the value is beyond the range of numbers (over 1.8e308); a data cell holds a runaway value\n");
    }
  });
});

describe('5. numbers reach the contract as written', () => {
  it('an amount or a duration that cannot be held exactly is a lint error; render and evaluate refuse it', () => {
    const extra = 'maintenance:\n  notice: 99999999999999999999d\n  windows: [{ id: weekly, every: "sun 02:00-04:00" }]\n';
    const w = workspace(agreement({ fee: '123456789012345678901234567890', extra }));
    const lint = sla(w.dir, ['lint', 'a.sla.yaml']);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('15:42  error  123456789012345678901234567890 cannot be held exactly: it would be read as 1.2345678901234568e+29 (write at most 15 significant digits)  exact-number');
    expect(lint.stdout).toMatch(/17:11  error  the duration '99999999999999999999d' is too long to compute with \(the limit is about 285,000 years\) +exact-number/);
    const render = sla(w.dir, ['render', 'a.sla.yaml']);
    expect([render.code, render.stdout]).toEqual([1, '']);
    expect(render.stderr).not.toContain('123,456,789,012,345,680');
    expect(sla(w.dir, [...EVALUATE]).code).toBe(2);
  });

  it('credits are fee × percent exactly, in the contract and in the report: €33.30 at 15% is €5.00, not €4.99', () => {
    const text = agreement({ fee: '33.30' }).replace('credits: [{ when: "< 99%", credit: 5% }]', 'credits: [{ when: "< 99%", credit: 15% }]');
    const w = workspace(text, { 'data/counts.csv': 'minute,ok,all\n2026-03-02T10:00:00Z,90,100\n' });
    const render = sla(w.dir, ['render', 'a.sla.yaml']);
    expect(render.stdout).toMatch(/\| below 99% +\| 15% +\| €5\.00 +\|/);
    const table = sla(w.dir, [...EVALUATE, '--metric', 'success']);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('credits owed €5.00');
    expect(JSON.parse(sla(w.dir, [...EVALUATE, '--metric', 'success', '--format', 'json']).stdout).credits[0].amount).toBe(4.995);
  });

  it('an amount written with 15 digits renders as written', () => {
    const w = workspace(agreement({ fee: '123456789012.345' }));
    const r = sla(w.dir, ['render', 'a.sla.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('€123,456,789,012.35');
  });
});

describe('6. Markdown of the contract keeps only safe links', () => {
  const prose = [
    'purpose: |',
    '  A [x](java&#115;cript:alert(1)) and [y][s] and ![](https://tracker.example/pixel.png).',
    '',
    '  [s]: javascript:alert(2)',
    'objectives:',
    '  - "[safe](https://example.com/ok) ![img](https://tracker.example/2.png)"',
    '  - "[z](<JaVaScRiPt:alert(3)>)"',
  ].join('\n');

  it('no renderer finds a live unsafe link or an image in the Markdown; the HTML has none either', () => {
    const w = workspace(agreement({ extra: prose }));
    const md = sla(w.dir, ['render', 'a.sla.yaml', '--format', 'md']);
    expect([md.code, md.stderr]).toEqual([0, '']);
    const viewer = new MarkdownIt('default', { html: false, linkify: false });
    viewer.validateLink = () => true;
    const html = viewer.render(md.stdout);
    expect(html).not.toMatch(/<img/);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https?:|mailto:|#)/);
    // the text stays readable
    expect(md.stdout).toContain('\\[x\\](java&#115;cript:alert(1))');
    const page = sla(w.dir, ['render', 'a.sla.yaml', '--format', 'html']);
    expect(page.stdout).not.toMatch(/<img|href="(?!https?:|mailto:|#)/i);
  });
});

describe('7. control characters reach no terminal and break no XML', () => {
  const ESC = '\u001b]0;owned\u0007\u001b[2J\u009b31m\u202e';

  it('in agreement text and data: every lint, evaluate and render format escapes them; JUnit and SARIF stay well-formed', () => {
    const title = `"Evil ${ESC} title"`;
    const text = agreement({ title }).replace('name: Availability', `name: "Up ${ESC}"`);
    const w = workspace(text, { 'data/latencies.csv': `t,ms\n2026-03-02T10:00:00Z,12${ESC}\n` });
    const outputs: Run[] = [];
    for (const format of ['stylish', 'json', 'sarif', 'junit', 'github']) {
      outputs.push(sla(w.dir, ['lint', 'a.sla.yaml', '--format', format, '--rule', 'service-metric-count:error']));
    }
    // a schema error that quotes the bad value
    fs.writeFileSync(path.join(w.dir, 'b.sla.yaml'), text.replace('status: active', `status: "act${ESC}"`));
    for (const format of ['stylish', 'sarif', 'junit']) outputs.push(sla(w.dir, ['lint', 'b.sla.yaml', '--format', format]));
    const xml: string[] = [outputs[3]!.stdout];
    expect(JSON.parse(outputs[2]!.stdout).runs).toHaveLength(1);
    xml.push(outputs[7]!.stdout);
    for (const format of ['table', 'json', 'md', 'html', 'csv', 'junit']) {
      const r = sla(w.dir, [...EVALUATE, '--format', format, '--metric', 'uptime']);
      expect(r.code).toBe(0);
      outputs.push(r);
      if (format === 'junit') xml.push(r.stdout);
    }
    const skipped = sla(w.dir, [...EVALUATE, '--metric', 'work', '--skip-invalid', '--format', 'junit']);
    expect(skipped.stderr).toContain('not a number: "12\\u001B]0;owned\\u0007\\u001B[2J\\u009B31m\\u202E"');
    outputs.push(skipped, sla(w.dir, [...EVALUATE, '--metric', 'work']));
    for (const format of ['md', 'html']) outputs.push(sla(w.dir, ['render', 'a.sla.yaml', '--format', format]));
    for (const r of outputs) {
      expect(r.stdout.replace(/\r\n/g, '\n')).not.toMatch(TERMINAL_CONTROL);
      expect(r.stderr).not.toMatch(TERMINAL_CONTROL);
      expect(r.stdout + r.stderr).not.toContain('\u202e');
    }
    expect(outputs.some((r) => r.stdout.includes('\\u001B]0;owned'))).toBe(true);
    expect(expatProblems(xml)).toEqual([]);
  });
});

describe('9. smaller gaps', () => {
  it('--date 2026-13-01 is refused', () => {
    const w = workspace(agreement());
    const r = sla(w.dir, ['render', 'a.sla.yaml', '--date', '2026-13-01']);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', "sla: --date expects a date as YYYY-MM-DD, got '2026-13-01'\n"]);
    expect(sla(w.dir, ['render', 'a.sla.yaml', '--date', '2026-02-29']).code).toBe(2);
    expect(sla(w.dir, ['render', 'a.sla.yaml', '--date', '2028-02-29']).code).toBe(0);
  });

  it('%YAML 1.1 is a clear error, not "got a mapping"', () => {
    const w = workspace(`%YAML 1.1\n---\n${agreement()}`);
    const r = sla(w.dir, ['lint', 'a.sla.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1:1  error  %YAML 1.1 is not supported: agreements are YAML 1.2 (dates stay text, yes/no stay words); remove the directive  yaml-syntax');
    expect(r.stdout).not.toContain('got a mapping');
  });

  it('two columns of the same name are an error naming both', () => {
    const w = workspace(agreement(), { 'data/incidents.csv': 'started_at,ended_at,started_at\n2026-03-02T10:00:00Z,2026-03-02T11:00:00Z,x\n' });
    const r = sla(w.dir, [...EVALUATE, '--metric', 'uptime']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe("sla: data/incidents.csv: columns 1 and 3 are both named 'started_at'; rename one so that it is clear which to read\n");
  });

  it('.slarc.yaml rule options are checked', () => {
    const w = workspace(agreement());
    fs.writeFileSync(path.join(w.dir, '.slarc.yaml'), 'rules:\n  service-metric-count: [warning, { max: -1 }]\n');
    const r = sla(w.dir, ['lint', 'a.sla.yaml']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(`sla: ${path.join(w.dir, '.slarc.yaml')}:2:42: option 'max' of rule 'service-metric-count' is a whole number of at least 0, got -1\n`);
    fs.writeFileSync(path.join(w.dir, '.slarc.yaml'), 'rules:\n  service-metric-count: [warning, { mx: 3 }]\n');
    expect(sla(w.dir, ['lint', 'a.sla.yaml']).stderr).toMatch(/unknown option 'mx' of rule 'service-metric-count' \(did you mean 'max'\?\)/);
  });

  it('{{log}} in a custom template writes nothing, to the document or anywhere', () => {
    const w = workspace(agreement());
    fs.mkdirSync(path.join(w.dir, 'tpl'));
    fs.writeFileSync(path.join(w.dir, 'tpl', 'services.hbs'), '{{log "LOGGED-FROM-TEMPLATE"}}Services here\n');
    for (const format of ['md', 'html']) {
      const r = sla(w.dir, ['render', 'a.sla.yaml', '--template', 'tpl', '--format', format]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Services here');
      expect(r.stdout + r.stderr).not.toContain('LOGGED-FROM-TEMPLATE');
    }
  });

  it('evaluate of an agreement with lint errors exits 2, and the README says so', () => {
    const w = workspace(agreement().replace('status: active', 'status: bogus'));
    const r = sla(w.dir, [...EVALUATE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sla: a\.sla\.yaml has 1 lint error; fix it first/);
    expect(sla(w.dir, ['render', 'a.sla.yaml']).code).toBe(1);
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const row = (code: number) => readme.split('\n').find((l) => l.startsWith(`| ${code} |`)) ?? '';
    expect(row(2)).toContain('`evaluate` of an agreement with lint errors');
    expect(row(1)).not.toContain('evaluate');
    expect(row(1)).toContain('`render` of an agreement with lint errors');
  });
});
