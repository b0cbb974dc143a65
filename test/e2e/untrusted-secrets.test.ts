import * as fs from 'fs';
import * as path from 'path';
import { EVALUATE, GOOD_DATA, SECRET, agreement, noSecret, removeWorkspaces, sla, workspace } from '../helpers/untrusted';

/** Issue 15, point 1: an agreement from a pull request reads no secret into the CI log (the built binary, a secret in its environment). */

afterAll(removeWorkspaces);

describe('1. no secret reaches the log', () => {
  const cases: [string, (w: { dir: string; outside: string }) => string, RegExp][] = [
    ['/proc/self/environ', () => '/proc/self/environ', /an absolute path outside the agreement's folder/],
    ['a ../ path', () => '../../../../../../../../etc/passwd', /climbs out of the agreement's folder with \.\./],
    ['an absolute path to a file of secrets', (w) => path.join(w.outside, 'secrets.csv'), /an absolute path/],
    ['a ../ path to a file of secrets', () => '../outside/secrets.csv', /climbs out/],
    ['.git/config, where a checkout keeps its token', () => '.git/config', /a hidden file or folder/],
    ['.env', () => '.env', /a hidden file or folder/],
    ['a symbolic link out of the folder', (w) => (fs.symlinkSync(path.join(w.outside, 'secrets.csv'), path.join(w.outside, '..', 'agreements', 'data', 'link.csv')), 'data/link.csv'), /leads outside the agreement's folder \(through a symbolic link\)/],
    ['a symbolic link to /proc/self/environ', (w) => (fs.symlinkSync('/proc/self/environ', path.join(w.outside, '..', 'agreements', 'data', 'env.csv')), 'data/env.csv'), /leads outside/],
    ['a symbolic link into .git', (w) => (fs.symlinkSync(path.join(w.outside, '..', 'agreements', '.git', 'config'), path.join(w.outside, '..', 'agreements', 'data', 'cfg.csv')), 'data/cfg.csv'), /leads to a hidden file or folder/],
  ];

  it.each(cases)('%s: evaluate stops before reading (exit 2), names the source and the way out', (_, make, why) => {
    const w = workspace(agreement());
    const file = make(w);
    fs.writeFileSync(path.join(w.dir, 'a.sla.yaml'), agreement({ incidents: file, counts: file, latencies: file }));
    for (const format of ['table', 'json', 'junit']) {
      const r = sla(w.dir, [...EVALUATE, '--format', format]);
      noSecret(r);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(why);
      expect(r.stderr).toMatch(/^sla: data source '\w+' reads ".*", .*\(pass --allow-outside-data to read it anyway, or --data \w+=FILE\)\n$/);
    }
  });

  it.each(cases.slice(0, 6))('%s: lint warns of it (data-file-inside) without reading it', (_, make) => {
    const w = workspace(agreement());
    fs.writeFileSync(path.join(w.dir, 'a.sla.yaml'), agreement({ incidents: make(w) }));
    const r = sla(w.dir, ['lint', 'a.sla.yaml', '--format', 'json']);
    noSecret(r);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].findings.map((m: { ruleId: string }) => m.ruleId)).toContain('data-file-inside');
  });

  it('with --allow-outside-data, /proc/self/environ is read but not echoed: its first line is not a header', () => {
    const w = workspace(agreement({ incidents: '/proc/self/environ' }));
    const r = sla(w.dir, [...EVALUATE, '--metric', 'uptime', '--allow-outside-data']);
    noSecret(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no column 'started_at', 'ended_at' \(the first line is not a CSV header: it holds control characters or bytes that are not UTF-8; is this the right file\?\)\n$/);
  });

  it('with --allow-outside-data a file of secrets is echoed only as a cell cut to 40 characters', () => {
    const w = workspace(agreement({ latencies: '../outside/secrets.csv' }));
    fs.writeFileSync(path.join(w.outside, 'secrets.csv'), `t,ms\n2026-03-02T10:00:00Z,${'x'.repeat(40)}${SECRET}\n`);
    const r = sla(w.dir, [...EVALUATE, '--metric', 'work', '--allow-outside-data']);
    noSecret(r);
    expect(r.stderr).toBe(`sla: ../outside/secrets.csv:2:22: not a number: "${'x'.repeat(40)}…"\n`);
  });

  it('--data NAME=FILE reads any file: the command line, not the agreement, chose it', () => {
    const w = workspace(agreement());
    fs.writeFileSync(path.join(w.outside, 'incidents.csv'), GOOD_DATA['data/incidents.csv']!);
    const r = sla(w.dir, [...EVALUATE, '--metric', 'uptime', '--data', `incidents=${path.join(w.outside, 'incidents.csv')}`, '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout).results[0]).toMatchObject({ metric: 'uptime', status: 'met' });
  });

  it('a .slarc.yaml in the repository cannot grant access (there is no such setting)', () => {
    const w = workspace(agreement({ incidents: '/proc/self/environ' }));
    fs.writeFileSync(path.join(w.dir, '.slarc.yaml'), 'rules:\n  data-file-inside: off\n');
    const r = sla(w.dir, [...EVALUATE, '--metric', 'uptime']);
    noSecret(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/reads "\/proc\/self\/environ", an absolute path/);
    fs.writeFileSync(path.join(w.dir, '.slarc.yaml'), 'data: { allowOutside: true }\n');
    const s = sla(w.dir, [...EVALUATE, '--metric', 'uptime']);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/unknown key 'data' in \.slarc\.yaml/);
  });

  it('a long header is listed as at most 8 names of at most 40 characters', () => {
    const header = [`${'h'.repeat(30)}${SECRET}`, ...Array.from({ length: 20 }, (_, i) => `col${i}`)].join(',');
    const w = workspace(agreement(), { 'data/incidents.csv': `${header}\n` });
    const r = sla(w.dir, [...EVALUATE, '--metric', 'uptime']);
    noSecret(r);
    expect(r.stderr).toBe(
      `sla: data/incidents.csv: no column 'started_at', 'ended_at' (columns: ${'h'.repeat(30)}${SECRET.slice(0, 10)}…, col0, col1, col2, col3, col4, col5, col6, … (21 in all))\n`,
    );
  });
});
