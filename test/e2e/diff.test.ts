import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, runSla } from '../helpers/run-sla';

const fixture = (kind: string, side: 'old' | 'new') => fs.readFileSync(path.join(ROOT, 'test/fixtures/diff', kind, `${side}.sla.yaml`), 'utf8');

describe('sla diff, the built binary', () => {
  it('compares two files and exits 1 on an unfavourable change', () => {
    const r = runSla(['diff', 'test/fixtures/diff/target-lowered/old.sla.yaml', 'test/fixtures/diff/target-lowered/new.sla.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1 change: 1 unfavourable to the customer\n {2}unfavourable target-lowered +metrics\[latency\]\.target +at most 600ms → at most 800ms\n/);
    expect(r.stderr).toBe('');
  });

  it('reads one side from standard input', () => {
    const r = runSla(['diff', '-', 'test/fixtures/diff/cap-raised/new.sla.yaml'], { input: fixture('cap-raised', 'old') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('favourable   cap-raised  credits.cap  20% → 30%');
  });

  it('exits 2 with the findings of an invalid side, and on usage errors', () => {
    const r = runSla(['diff', 'examples/broken/typo-key.sla.yaml', 'test/fixtures/diff/cap-raised/new.sla.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sla: OLD examples\/broken\/typo-key\.sla\.yaml is not a valid agreement/);
    expect(runSla(['diff', 'a.sla.yaml']).code).toBe(2);
    expect(runSla(['diff', 'x', 'y', '--fail-on', 'sometimes']).code).toBe(2);
  });

  describe('in a git repository', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-diff-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd: repo, encoding: 'utf8' });

    beforeAll(() => {
      git('init', '-q', '-b', 'main');
      fs.mkdirSync(path.join(repo, 'agreements'));
      fs.writeFileSync(path.join(repo, 'agreements/shop.sla.yaml'), fixture('notice-shortened', 'old'));
      git('add', '.');
      git('commit', '-qm', 'first version');
      fs.writeFileSync(path.join(repo, 'agreements/shop.sla.yaml'), fixture('notice-shortened', 'new'));
      fs.writeFileSync(path.join(repo, '.gitattributes'), '*.sla.yaml diff=sla\n');
      git('add', '.');
      git('commit', '-qm', 'shorter maintenance notice');
    });
    afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

    it('reads REV:PATH through git show', () => {
      const r = runSla(['diff', 'HEAD~1:agreements/shop.sla.yaml', 'agreements/shop.sla.yaml', '--format', 'json'], { cwd: repo });
      const doc = JSON.parse(r.stdout);
      expect(doc.old).toBe('HEAD~1:agreements/shop.sla.yaml');
      expect(doc.changes.map((c: { kind: string; direction: string }) => [c.kind, c.direction])).toEqual([['notice-shortened', 'provider']]);
      expect(r.code).toBe(1);
    });

    it('names the fetch that would bring a missing revision', () => {
      git('remote', 'add', 'origin', 'https://example.invalid/shop.git');
      const r = runSla(['diff', 'origin/main:agreements/shop.sla.yaml', 'agreements/shop.sla.yaml'], { cwd: repo });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("revision 'origin/main' is not in this repository");
      expect(r.stderr).toContain('git fetch origin main');
      const missing = runSla(['diff', 'HEAD:agreements/none.sla.yaml', 'agreements/shop.sla.yaml'], { cwd: repo });
      expect(missing.stderr).toContain('agreements/none.sla.yaml does not exist at revision HEAD');
    });

    it('is git log -p --ext-diff’s diff driver: the amendment in words', () => {
      const log = git('-c', `diff.sla.command=${process.execPath} ${path.join(ROOT, 'bin/sla.js')} diff --git-driver`, 'log', '-p', '--ext-diff', '-1');
      expect(log).toContain('diff --sla a/agreements/shop.sla.yaml b/agreements/shop.sla.yaml');
      expect(log).toMatch(/unfavourable notice-shortened +maintenance\.notice +5d → 3d/);
    });
  });
});
