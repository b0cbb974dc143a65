import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { npmEnv } from '../helpers/pack';
import { ROOT } from '../helpers/run-sla';
import { REFERENCE } from '../helpers/reference';

// .pre-commit-hooks.yaml through the pre-commit framework itself (Debian's
// pre-commit package): `pre-commit try-repo` installs this repository as the
// hook's Node environment the way it does for every user (npm install in a
// clone of the repository, which builds dist/; npm pack; npm install -g of
// the tarball) and runs the hook on a temporary git repository. npm prefers
// its cache, which `npm ci` filled.

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-e2e-pre-commit-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const git = (args: string[], cwd: string) => {
  const r = spawnSync('git', ['-c', 'user.name=sla test', '-c', 'user.email=test@sla.invalid', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
};

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  it('declares sla-lint for *.sla.yaml and *.sla.yml', () => {
    const [hook, ...more] = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));
    expect(more).toEqual([]);
    expect(hook).toMatchObject({ id: 'sla-lint', entry: 'sla lint', language: 'node' });
    const files = new RegExp(hook.files);
    expect(['a.sla.yaml', 'contracts/b.sla.yml'].filter((f) => files.test(f))).toHaveLength(2);
    expect(['a.yaml', 'sla.yaml', 'a.sla.yaml.bak', 'a.sla.json'].filter((f) => files.test(f))).toEqual([]);
  });

  it('runs sla lint on the agreements of a commit, and only on them, through pre-commit try-repo', () => {
    const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
    if (version.status !== 0) throw new Error('pre-commit is not installed: apt-get install pre-commit (.ci/run installs it)');
    const repo = fs.mkdtempSync(path.join(scratch, 'repo-'));
    git(['init', '-q'], repo);
    fs.cpSync(REFERENCE, path.join(repo, 'contracts'), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'examples/broken/typo-key.sla.yaml'), path.join(repo, 'contracts/typo.sla.yaml'));
    fs.writeFileSync(path.join(repo, 'notes.yaml'), 'not: [valid yaml\n');
    git(['add', '-A'], repo);
    const files = ['contracts/managed-hosting.sla.yaml', 'contracts/typo.sla.yaml', 'notes.yaml'];
    const env = npmEnv({ PRE_COMMIT_HOME: path.join(scratch, 'pre-commit-home'), npm_config_prefer_offline: 'true', NO_COLOR: '1' });
    const r = spawnSync('pre-commit', ['try-repo', ROOT, 'sla-lint', '--color', 'never', '--files', ...files], { cwd: repo, env, encoding: 'utf8' });
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/^sla lint\.+Failed$/m);
    expect(out).toContain('- hook id: sla-lint\n- exit code: 1\n');
    expect(out).toContain("contracts/typo.sla.yaml\n  22:5  error  unknown key 'descripton' in services[0] (did you mean 'description'?)  schema\n");
    expect(out).toContain('1 problem (1 error, 0 warnings)');
    expect(out).not.toContain('notes.yaml');
    expect(out).not.toContain('managed-hosting.sla.yaml');
    expect(r.status).toBe(1);
  }, 300_000);
});
