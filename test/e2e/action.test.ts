import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadAction, runCompositeAction } from '../helpers/composite-action';
import { npmEnv, packRepository } from '../helpers/pack';
import { ROOT } from '../helpers/run-sla';
import { REFERENCE } from '../helpers/reference';

// action.yml's steps run as a GitHub runner would run them (test/helpers/composite-action.ts)
// on a temporary checkout; `version` installs the package packed from this repository,
// with npm offline.

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-e2e-action-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const ACTION = path.join(ROOT, 'action.yml');
let tarball: string;
beforeAll(() => {
  tarball = packRepository(scratch).tarball;
});

/** A checkout with the reference agreements (and their data) in contracts/, plus `extra` files. */
function checkout(extra: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'checkout-'));
  fs.writeFileSync(path.join(dir, '.slarc.yaml'), 'root: true\n');
  fs.cpSync(REFERENCE, path.join(dir, 'contracts'), { recursive: true });
  for (const [file, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function run(workspace: string, inputs: Record<string, string>) {
  const runnerTemp = fs.mkdtempSync(path.join(scratch, 'runner-'));
  return runCompositeAction(ACTION, { inputs: { version: tarball, ...inputs }, workspace, runnerTemp, env: npmEnv({ npm_config_offline: 'true', NO_COLOR: '1' }) });
}

const TYPO = fs.readFileSync(path.join(ROOT, 'examples/broken/typo-key.sla.yaml'), 'utf8');
const byName = (r: ReturnType<typeof run>, name: string) => r.steps.find((s) => s.name === name)!;

describe('the GitHub Action (action.yml)', () => {
  it('declares its inputs with descriptions, and uses only pinned major versions of other actions', () => {
    const action = loadAction(ACTION);
    expect(Object.keys(action.inputs)).toEqual(['paths', 'format', 'output', 'max-warnings', 'upload-sarif', 'version', 'node-version']);
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(20);
    const uses = action.runs.steps.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses).toEqual(['actions/setup-node@v4', 'github/codeql-action/upload-sarif@v3']);
  });

  it('sends findings to code scanning as SARIF, shows them in the log, and fails the job', () => {
    const workspace = checkout({ 'contracts/broken/typo.sla.yaml': TYPO });
    const r = run(workspace, {});
    expect(r.steps.map((s) => [s.name, s.status, s.code])).toEqual([
      ['Set up Node.js', 'used', undefined],
      ['Install sla', 'ran', 0],
      ['sla lint', 'ran', 0],
      ['Upload the report to code scanning', 'used', undefined],
      ['Fail on findings', 'ran', 1],
    ]);
    expect(byName(r, 'Set up Node.js').with).toEqual({ 'node-version': '20' });
    expect(byName(r, 'Upload the report to code scanning').with).toEqual({ sarif_file: 'sla-lint.sarif', category: 'sla' });
    expect(r.outputs).toEqual({ 'exit-code': '1', report: 'sla-lint.sarif' });
    expect(r.code).toBe(1);
    const sarif = JSON.parse(fs.readFileSync(path.join(workspace, 'sla-lint.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri])).toEqual([
      ['schema', 'contracts/broken/typo.sla.yaml'],
    ]);
    expect(byName(r, 'sla lint').stdout).toContain("22:5  error  unknown key 'descripton' in services[0] (did you mean 'description'?)  schema");
    expect(byName(r, 'Fail on findings').stdout).toBe('::error title=sla lint::sla lint found problems (exit code 1)\n');
  });

  it('passes a clean checkout, with annotations instead of SARIF and paths as given', () => {
    const workspace = checkout({ 'contracts/broken/typo.sla.yaml': TYPO });
    const r = run(workspace, { format: 'github', 'node-version': '', paths: 'contracts/managed-hosting.sla.yaml\n  contracts/*.sla.yaml ' });
    expect(r.steps.map((s) => [s.name, s.status, s.code])).toEqual([
      ['Set up Node.js', 'skipped', undefined],
      ['Install sla', 'ran', 0],
      ['sla lint', 'ran', 0],
      ['Upload the report to code scanning', 'skipped', undefined],
      ['Fail on findings', 'ran', 0],
    ]);
    expect(byName(r, 'sla lint').stdout).toBe('');
    expect(r.outputs).toEqual({ 'exit-code': '0', report: '' });
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(workspace, 'sla-lint.sarif'))).toBe(false);
  });

  it('fails on warnings only above max-warnings, with an annotation for each', () => {
    const agreement = fs.readFileSync(path.join(REFERENCE, 'managed-hosting.sla.yaml'), 'utf8').replace('\ntitle:', '\n# sla-disable-next-line term-order\ntitle:');
    const workspace = checkout({ 'contracts/managed-hosting.sla.yaml': agreement });
    const lenient = run(workspace, { format: 'github' });
    expect([lenient.outputs['exit-code'], lenient.code]).toEqual(['0', 0]);
    expect(byName(lenient, 'sla lint').stdout).toMatch(/^::warning file=contracts\/managed-hosting\.sla\.yaml,line=7,col=1,.*title=unused-disable-directive::/);
    const strict = run(workspace, { format: 'github', 'max-warnings': '0' });
    expect([strict.outputs['exit-code'], strict.code]).toEqual(['1', 1]);
  });

  it('writes another format to the file asked for', () => {
    const workspace = checkout({ 'contracts/broken/typo.sla.yaml': TYPO });
    const r = run(workspace, { format: 'gitlab', output: 'reports/gl-code-quality.json', paths: 'contracts' });
    expect(r.outputs).toEqual({ 'exit-code': '1', report: 'reports/gl-code-quality.json' });
    expect(byName(r, 'Upload the report to code scanning').status).toBe('skipped');
    const issues = JSON.parse(fs.readFileSync(path.join(workspace, 'reports/gl-code-quality.json'), 'utf8'));
    expect(issues.map((i: { check_name: string; location: { path: string } }) => [i.check_name, i.location.path])).toEqual([['schema', 'contracts/broken/typo.sla.yaml']]);
  });

  it('stops with sla\'s message on a configuration error, uploading nothing', () => {
    const workspace = checkout({ '.slarc.yaml': 'root: true\nrules:\n  no-such-rule: off\n' });
    const r = run(workspace, {});
    expect(r.steps.map((s) => [s.name, s.status, s.code])).toEqual([
      ['Set up Node.js', 'used', undefined],
      ['Install sla', 'ran', 0],
      ['sla lint', 'ran', 2],
      ['Upload the report to code scanning', 'skipped', undefined],
      ['Fail on findings', 'skipped', undefined],
    ]);
    expect(byName(r, 'sla lint').stderr).toContain(".slarc.yaml:3:3: unknown rule 'no-such-rule'");
    expect(r.code).toBe(2);
  });
});
