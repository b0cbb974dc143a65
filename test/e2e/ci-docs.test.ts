import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';
import { loadAction } from '../helpers/composite-action';
import { npm, npmEnv, packRepository } from '../helpers/pack';
import { ROOT, runSla } from '../helpers/run-sla';
import { REFERENCE } from '../helpers/reference';

// docs/ci.md: the snippets users copy must work with this sla. The GitLab job's
// script runs here as GitLab runs it, line by line in a project that has sla
// as a devDependency (the package packed from this repository, npm offline).

const doc = fs.readFileSync(path.join(ROOT, 'docs/ci.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const snippet = (marker: string) => parse(new RegExp(`<!-- ${marker} -->\\n\`\`\`yaml\\n([\\s\\S]*?)\`\`\``).exec(doc)![1]);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-e2e-ci-docs-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

describe('docs/ci.md', () => {
  it('has a GitHub workflow that uses this release of the action with inputs it has', () => {
    const workflow = snippet('github-workflow');
    const steps = Object.values(workflow.jobs as Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>).flatMap((j) => j.steps);
    const ours = steps.filter((s) => s.uses?.startsWith('sla-as-code/sla@'));
    expect(ours.map((s) => s.uses)).toEqual([`sla-as-code/sla@v${pkg.version}`]);
    const inputs = Object.keys(loadAction(path.join(ROOT, 'action.yml')).inputs);
    expect(Object.keys(ours[0].with ?? {}).filter((k) => !inputs.includes(k))).toEqual([]);
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    expect(steps.some((s) => s.uses === 'actions/upload-artifact@v4')).toBe(true);
    // the table lists every input of action.yml, in its order
    const table = [...doc.matchAll(/^\| `([\w-]+)` \|/gm)].map((m) => m[1]);
    expect(table).toEqual(inputs);
  });

  it('has a pre-commit config for the hook this repository declares, with arguments sla lint takes', () => {
    const config = snippet('pre-commit-config');
    const [repo] = config.repos;
    expect(repo).toMatchObject({ repo: 'https://github.com/sla-as-code/sla', rev: `v${pkg.version}` });
    const ids = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')).map((h: { id: string }) => h.id);
    expect(repo.hooks.map((h: { id: string }) => h.id)).toEqual(['sla-lint']);
    expect(ids).toContain('sla-lint');
    const r = runSla(['lint', ...repo.hooks[0].args, path.join(REFERENCE, 'managed-hosting.sla.yaml')]);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });

  describe('GitLab job', () => {
    const job = snippet('gitlab-ci')['sla-lint'];
    let tarball: string;
    beforeAll(() => {
      tarball = packRepository(scratch).tarball;
    });

    function project(extra: Record<string, string>): string {
      const dir = fs.mkdtempSync(path.join(scratch, 'project-'));
      fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "contracts", "private": true }\n');
      npm(['install', '--offline', '--save-dev', tarball], dir);
      fs.cpSync(REFERENCE, path.join(dir, 'contracts'), { recursive: true });
      for (const [file, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, file), text);
      return dir;
    }

    /** GitLab's runner: each line of `script` in turn; the job fails at the first line that fails. */
    function runJob(dir: string): { failed: boolean; log: string } {
      let log = '';
      for (const line of job.script as string[]) {
        const r = spawnSync('bash', ['-c', line], { cwd: dir, env: npmEnv({ npm_config_offline: 'true', NO_COLOR: '1' }), encoding: 'utf8' });
        log += r.stdout + r.stderr;
        if (r.status !== 0) return { failed: true, log };
      }
      return { failed: false, log };
    }

    it('writes the reports its artifacts name, and fails on findings', () => {
      expect(job.artifacts).toEqual({ when: 'always', reports: { codequality: 'gl-code-quality.json', junit: 'sla-junit.xml' } });
      const dir = project({ 'contracts/typo.sla.yaml': fs.readFileSync(path.join(ROOT, 'examples/broken/typo-key.sla.yaml'), 'utf8') });
      const { failed } = runJob(dir);
      expect(failed).toBe(true);
      const issues = JSON.parse(fs.readFileSync(path.join(dir, job.artifacts.reports.codequality), 'utf8'));
      expect(issues.map((i: { check_name: string; severity: string; location: { path: string; lines: { begin: number } } }) => [i.check_name, i.severity, i.location.path, i.location.lines.begin])).toEqual([
        ['schema', 'major', 'contracts/typo.sla.yaml', 22],
      ]);
      const junit = new XMLParser({ ignoreAttributes: false }).parse(fs.readFileSync(path.join(dir, job.artifacts.reports.junit), 'utf8'));
      expect(JSON.stringify(junit)).toContain("unknown key 'descripton'");
    });

    it('passes when the agreements are clean', () => {
      const dir = project({});
      const { failed, log } = runJob(dir);
      expect([failed, log.includes('error')]).toEqual([false, false]);
      expect(JSON.parse(fs.readFileSync(path.join(dir, 'gl-code-quality.json'), 'utf8'))).toEqual([]);
    });
  });
});
