import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { XMLParser } from 'fast-xml-parser';
import { ROOT, runSla } from '../helpers/run-sla';
import { REFERENCE } from '../helpers/reference';

interface JsonFile {
  file: string;
  errorCount: number;
  warningCount: number;
  findings: { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
}
const json = (stdout: string): JsonFile[] => JSON.parse(stdout);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-e2e-lint-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
const tmp = () => fs.mkdtempSync(path.join(scratch, 'case-'));
const references = fs.readdirSync(REFERENCE).filter((f) => f.endsWith('.sla.yaml'));
// Named one by one: the folder lies under test/fixtures/, which .slarc.yaml ignores in folder runs.
const referenceFiles = references.map((f) => path.join(REFERENCE, f));
const BROKEN = path.join(ROOT, 'examples/broken');
const brokenFiles = fs.readdirSync(BROKEN).filter((f) => /\.sla\.ya?ml$/.test(f)).sort();

describe('sla lint (built binary)', () => {
  it('passes the three reference agreements with zero findings and no output', () => {
    expect(references).toHaveLength(3);
    const r = runSla(['lint', ...referenceFiles]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    const files = json(runSla(['lint', '--format', 'json', ...referenceFiles]).stdout);
    expect(files.map((f) => path.basename(f.file)).sort()).toEqual(references.sort());
    for (const f of files) expect(f.findings).toEqual([]);
  });

  it('passes every example agreement', () => {
    const r = runSla(['lint', '--format', 'json', 'examples/managed-it-support', 'examples/shipping-api', 'examples/it-hr-ola']);
    const files = json(r.stdout);
    expect(files).toHaveLength(3);
    expect(files.flatMap((f) => f.findings.map((x) => `${f.file}:${x.line}:${x.column} ${x.ruleId} ${x.message}`))).toEqual([]);
    expect(r.code).toBe(0);
  });

  describe.each(brokenFiles)('examples/broken/%s', (name) => {
    const file = path.join(BROKEN, name);
    const expected = [...fs.readFileSync(file, 'utf8').matchAll(/^# expect: ([\w-]+) (\d+):(\d+)/gm)].map((m) => `${m[1]} ${m[2]}:${m[3]}`);

    it('gives its finding at the right line and column, and exit 1', () => {
      expect(expected.length).toBeGreaterThan(0);
      const r = runSla(['lint', '--format', 'json', file]);
      const [result] = json(r.stdout);
      const got = result.findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`);
      for (const e of expected) expect(got).toContain(e);
      expect(r.code).toBe(result.errorCount > 0 ? 1 : 0);
      expect(r.stderr).toBe('');
    });
  });

  it('skips what a config ignores in folders and globs, but lints a file named on the command line', () => {
    const root = runSla(['lint', '--format', 'json']);
    const files = json(root.stdout).map((f) => f.file);
    expect(files).toEqual(expect.arrayContaining(['examples/managed-it-support/managed-it-support.sla.yaml', 'templates/starter.sla.yaml']));
    expect(files.filter((f) => f.startsWith('examples/broken/') || f.startsWith('test/'))).toEqual([]);
    expect(root.code).toBe(0);
    const folder = runSla(['lint', 'examples/broken']);
    expect([folder.code, folder.stderr]).toEqual([2, 'sla: every agreement in examples/broken is ignored by an `ignore` in .slarc.yaml\n']);
    const named = runSla(['lint', '--format', 'json', `examples/broken/${brokenFiles[0]}`]);
    expect(json(named.stdout)[0].errorCount).toBeGreaterThan(0);
  });

  it('writes SARIF 2.1.0 that validates against the SARIF schema, with rule metadata', () => {
    const r = runSla(['lint', '--format', 'sarif', ...brokenFiles.map((f) => path.join(BROKEN, f))]);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate.errors ?? validate(log) ? [] : validate.errors).toEqual([]);
    const rules = log.runs[0].tool.driver.rules as { id: string; helpUri: string; shortDescription: { text: string } }[];
    expect(rules.map((x) => x.id)).toEqual(expect.arrayContaining(['schema', 'yaml-syntax', 'valid-reference', 'credit-tier-direction']));
    for (const rule of rules) {
      expect(rule.helpUri).toMatch(new RegExp(`docs/rules/${rule.id}\\.md$`));
      expect(fs.existsSync(path.join(ROOT, 'docs/rules', `${rule.id}.md`))).toBe(true);
      expect(rule.shortDescription.text.length).toBeGreaterThan(10);
    }
    expect(log.runs[0].results.length).toBeGreaterThanOrEqual(brokenFiles.length);
  });

  it('writes JUnit XML that parses, one suite per file', () => {
    const r = runSla(['lint', '--format', 'junit', ...brokenFiles.map((f) => path.join(BROKEN, f))]);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(r.stdout);
    const suites = [xml.testsuites.testsuite].flat();
    expect(suites).toHaveLength(brokenFiles.length);
  });

  it('prints GitHub workflow annotations', () => {
    const file = path.join(BROKEN, brokenFiles[0]);
    const r = runSla(['lint', '--format', 'github', file]);
    expect(r.stdout).toMatch(/^::(error|warning) file=[^,]+,line=\d+,col=\d+/m);
  });

  it('reads standard input with -', () => {
    const text = fs.readFileSync(path.join(REFERENCE, 'marketing-sales.sla.yaml'), 'utf8');
    const clean = runSla(['lint', '-', '--rule', 'data-file-exists:off'], { input: text });
    expect([clean.code, clean.stdout]).toEqual([0, '']);
    const broken = runSla(['lint', '-', '--format', 'json'], { input: text.replace('target: ">= 100"', 'trget: ">= 100"') });
    expect(broken.code).toBe(1);
    const [f] = json(broken.stdout);
    expect(f.file).toBe('<stdin>');
    expect(f.findings[0].message).toMatch(/unknown key 'trget'.*did you mean 'target'/);
  });

  it('exits 2 with a clear message and no stack for a missing file, a bad flag or a bad config', () => {
    const missing = runSla(['lint', 'nope.sla.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('sla: cannot read nope.sla.yaml: no such file or directory\n');
    const flag = runSla(['lint', '--format', 'xml', REFERENCE]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/xml.*invalid|Allowed choices/i);
    const dir = tmp();
    fs.copyFileSync(path.join(REFERENCE, 'saas-platform.sla.yaml'), path.join(dir, 'a.sla.yaml'));
    fs.writeFileSync(path.join(dir, '.slarc.yaml'), 'rules:\n  term-ordr: off\n');
    const cfg = runSla(['lint', dir]);
    expect(cfg.code).toBe(2);
    expect(cfg.stderr).toMatch(/\.slarc\.yaml:2:3: unknown rule 'term-ordr' \(did you mean 'term-order'\?\)/);
    for (const r of [missing, flag, cfg]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('leaves an existing --out file untouched when the run fails; --output is the same flag', () => {
    const dir = tmp();
    const out = path.join(dir, 'report.json');
    fs.writeFileSync(out, 'previous');
    expect(runSla(['lint', '--format', 'json', '--out', out, path.join(dir, 'missing.sla.yaml')]).code).toBe(2);
    expect(fs.readFileSync(out, 'utf8')).toBe('previous');
    const ok = runSla(['lint', '--format', 'json', '--output', out, ...referenceFiles]);
    expect([ok.code, ok.stdout]).toEqual([0, '']);
    expect(json(fs.readFileSync(out, 'utf8'))).toHaveLength(3);
    expect(fs.readdirSync(dir)).toEqual(['report.json']);
    const both = runSla(['lint', '--out', out, '--output', out, REFERENCE]);
    expect([both.code, both.stderr]).toEqual([2, 'sla: --out and --output are the same flag: give it once\n']);
  });

  it('refuses a config file larger than 1 MB while reading it, with exit 2', () => {
    const dir = tmp();
    fs.copyFileSync(referenceFiles[0]!, path.join(dir, 'a.sla.yaml'));
    fs.writeFileSync(path.join(dir, '.slarc.yaml'), `${'#'.repeat(2 << 20)}\n`);
    const r = runSla(['lint', path.join(dir, 'a.sla.yaml')]);
    expect([r.code, r.stderr]).toEqual([2, `sla: ${path.join(dir, '.slarc.yaml')}: a config file is larger than 1 MB\n`]);
  });

  it('honours config files found upward, --rule, --max-warnings, --quiet and inline directives', () => {
    const dir = tmp();
    const sub = path.join(dir, 'team');
    fs.mkdirSync(sub);
    const text = fs.readFileSync(path.join(REFERENCE, 'marketing-sales.sla.yaml'), 'utf8');
    fs.writeFileSync(path.join(sub, 'ola.sla.yaml'), text); // its data files do not exist here
    const warned = json(runSla(['lint', '--format', 'json', sub]).stdout)[0];
    expect(warned.findings.map((f) => f.ruleId)).toEqual(['data-file-exists', 'data-file-exists', 'data-file-exists']);
    expect(runSla(['lint', sub]).code).toBe(0);
    expect(runSla(['lint', '--max-warnings', '2', sub]).code).toBe(1);
    expect(runSla(['lint', '--max-warnings', '3', sub]).code).toBe(0);
    expect(runSla(['lint', '--quiet', sub]).stdout).toBe('');
    fs.writeFileSync(path.join(dir, '.slarc.yaml'), 'rules:\n  data-file-exists: off\n');
    expect(json(runSla(['lint', '--format', 'json', sub]).stdout)[0].findings).toEqual([]);
    expect(json(runSla(['lint', '--format', 'json', '--rule', 'data-file-exists:error', sub]).stdout)[0].errorCount).toBe(3);
    fs.writeFileSync(path.join(sub, 'ola.sla.yaml'), text.replace('term:', '# sla-disable-next-line term-order -- nothing to hide\nterm:'));
    const unused = json(runSla(['lint', '--format', 'json', sub]).stdout)[0].findings;
    expect(unused.map((f) => [f.ruleId, f.line])).toEqual([['unused-disable-directive', 9]]);
  });

  it('colours stylish output only when asked', () => {
    const file = path.join(BROKEN, brokenFiles[0]);
    const plain = runSla(['lint', file]);
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    expect(plain.stdout).toMatch(/problem/);
    const forced = runSla(['lint', file], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(forced.stdout).toMatch(/\x1b\[/);
  });
});

describe('sla init, schema, version, help', () => {
  it('init writes a starter that lints clean and refuses to overwrite it', () => {
    const dir = tmp();
    const r = runSla(['init', 'shop.sla.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = fs.readFileSync(path.join(dir, 'shop.sla.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=/);
    const lint = runSla(['lint', '--format', 'json', 'shop.sla.yaml', '--rule', 'data-file-exists:off'], { cwd: dir });
    expect(json(lint.stdout)[0].findings).toEqual([]);
    const again = runSla(['init', 'shop.sla.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(fs.readFileSync(path.join(dir, 'shop.sla.yaml'), 'utf8')).toBe(text);
  });

  it('schema prints the JSON Schema', () => {
    const r = runSla(['schema']);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\//);
  });

  it('prints its version and help with examples for every command', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(runSla(['--version']).stdout.trim()).toBe(pkg.version);
    for (const command of ['lint', 'schema', 'init', 'render', 'evaluate']) {
      const r = runSla(['help', command]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`Usage: sla ${command}`));
      expect(r.stdout).toMatch(/Examples:/);
    }
    const unknown = runSla(['lnt']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'lnt'[\s\S]*did you mean lint\?/i);
  });
});
