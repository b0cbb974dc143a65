import Ajv2020 from 'ajv/dist/2020';
import { XMLParser } from 'fast-xml-parser';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { diffCommand, type DiffCommandOptions } from '../../src/cli/diff-command';
import { fakeIO } from '../helpers/fake-io';
import { REFERENCE } from '../helpers/reference';
import { ROOT } from './helpers';

const AMENDMENTS = 'test/fixtures/diff-amendments';
const ref = (name: string) => path.relative(ROOT, path.join(REFERENCE, `${name}.sla.yaml`));

async function run(before: string, after: string, extra: Partial<DiffCommandOptions> = {}, stdin?: string) {
  const f = fakeIO({ cwd: ROOT, stdin });
  const code = await diffCommand({ before, after, format: 'text', failOn: 'unfavourable', all: false, ...extra }, f.io);
  return { code, stdout: f.stdout() };
}

describe('the reference agreements against hand-written amendments', () => {
  it.each([
    ['managed-hosting', 1],
    ['saas-platform', 1],
    ['marketing-sales', 1],
  ])('%s gives the expected report', async (name, code) => {
    const r = await run(ref(name), `${AMENDMENTS}/${name}.sla.yaml`, { all: true });
    expect(r.stdout).toBe(fs.readFileSync(path.join(ROOT, AMENDMENTS, `${name}.expected.txt`), 'utf8'));
    expect(r.code).toBe(code);
  });
});

describe('formats', () => {
  const pair = [ref('managed-hosting'), `${AMENDMENTS}/managed-hosting.sla.yaml`] as const;

  it('json matches schemas/diff.schema.json, with exact effects and positions in the new file', async () => {
    const r = await run(...pair, { format: 'json', all: true });
    const doc = JSON.parse(r.stdout);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/diff.schema.json'), 'utf8')));
    expect(validate.errors ?? validate(doc)).toBe(true);
    expect(doc.summary).toEqual({ changes: 10, unfavourable: 5, favourable: 1, review: 1, neutral: 3, accepted: 0, hidden: 0 });
    const target = doc.changes.find((c: { kind: string }) => c.kind === 'target-lowered');
    expect(target.effects[0]).toMatchObject({ before: '3780000', after: '6048000', unit: 'ms' });
    const line = fs.readFileSync(path.join(ROOT, pair[1]), 'utf8').split('\n')[target.line - 1];
    expect(line).toContain('target: ">= 99%"');
  });

  it('markdown is one comment with a marker, <del> and <ins>', async () => {
    const r = await run(...pair, { format: 'markdown' });
    expect(r.stdout.startsWith('<!-- sla-diff -->\n')).toBe(true);
    expect(r.stdout).toContain('<del>30%</del> → <ins>25%</ins>');
    expect(r.stdout).toContain('2 wording or metadata changes not shown');
  });

  it('github annotates the new file at the changed line', async () => {
    const r = await run(...pair, { format: 'github' });
    const cap = r.stdout.split('\n').find((l) => l.includes('cap-lowered')) as string;
    const line = Number(/line=(\d+)/.exec(cap)?.[1]);
    expect(cap.startsWith(`::error file=${pair[1]},`)).toBe(true);
    expect(fs.readFileSync(path.join(ROOT, pair[1]), 'utf8').split('\n')[line - 1]).toContain('cap: 25%');
  });

  it('junit has a testcase per change, failing where --fail-on trips', async () => {
    const r = await run(...pair, { format: 'junit', failOn: 'review' });
    const xml = new XMLParser({ ignoreAttributes: false }).parse(r.stdout);
    expect(xml.testsuites['@_tests']).toBe('8');
    expect(xml.testsuites['@_failures']).toBe('6');
  });
});

describe('--fail-on and accepted changes', () => {
  const fixture = (kind: string) => [`test/fixtures/diff/${kind}/old.sla.yaml`, `test/fixtures/diff/${kind}/new.sla.yaml`] as const;

  it.each([
    ['cap-lowered', 'unfavourable', 1],
    ['cap-lowered', 'never', 0],
    ['cap-raised', 'unfavourable', 0],
    ['cap-raised', 'any', 1],
    ['clause-reworded', 'unfavourable', 0],
    ['clause-reworded', 'review', 1],
    ['wording-changed', 'any', 0],
  ] as const)('%s with --fail-on %s exits %d', async (kind, failOn, code) => {
    expect((await run(...fixture(kind), { failOn })).code).toBe(code);
  });

  it('an accepted change stays visible, marked accepted, and does not fail the run', async () => {
    const json = JSON.parse((await run(...fixture('fee-raised'), { format: 'json', failOn: 'never' })).stdout);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-accept-'));
    const file = path.join(dir, 'accepted.yaml');
    fs.writeFileSync(file, `accepted:\n  - fingerprint: ${json.changes[0].fingerprint}\n    reason: Priced in at the renewal.\n`);
    // the fee change is accepted; the major-version check still fails the run
    const r = await run(...fixture('fee-raised'), { accepted: file });
    expect(r.stdout).toContain('accepted: Priced in at the renewal.');
    expect(r.stdout).toContain('(1 accepted)');
    const bumped = await run(...fixture('fee-raised'), { accepted: file, format: 'json' });
    expect(JSON.parse(bumped.stdout).changes[0].accepted).toBe('Priced in at the renewal.');
    fs.writeFileSync(file, 'accepted:\n  - fingerprint: nothex\n');
    await expect(run(...fixture('fee-raised'), { accepted: file })).rejects.toThrow(/accepted\[0\]: 'fingerprint' must be/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('errors', () => {
  it('an invalid side stops with exit 2 and its findings', async () => {
    await expect(run(ref('managed-hosting'), 'examples/broken/credit-over-100.sla.yaml')).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringMatching(/^NEW examples\/broken\/credit-over-100\.sla\.yaml is not a valid agreement[\s\S]*credit-over-100\.sla\.yaml:\d+:\d+: /),
    });
  });

  it('only one side can be standard input', async () => {
    await expect(run('-', '-')).rejects.toMatchObject({ exitCode: 2 });
  });

  it('reads a side from standard input', async () => {
    const text = fs.readFileSync(path.join(ROOT, 'test/fixtures/diff/cap-lowered/old.sla.yaml'), 'utf8');
    const r = await run('-', 'test/fixtures/diff/cap-lowered/new.sla.yaml', {}, text);
    expect(r.stdout).toMatch(/^<stdin> → .*1 change: 1 unfavourable to the customer/);
  });
});

describe('the amendment notice', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-notice-'));
  const base = fs.readFileSync(path.join(REFERENCE, 'managed-hosting.sla.yaml'), 'utf8');
  const withNotice = base.replace(/^review:\n/m, 'review:\n  amendmentNotice: 30d\n');
  const before = path.join(dir, 'before.sla.yaml');
  const after = path.join(dir, 'after.sla.yaml');
  fs.writeFileSync(before, withNotice);
  // a lower cap on credits (unfavourable to the customer), a major version, taking effect on 2026-07-10
  fs.writeFileSync(after, withNotice.replace('cap: 30%', 'cap: 25%').replace(/^version: .*$/m, 'version: 3.0.0').replace(/^status: /m, 'effective: 2026-07-10\nstatus: '));

  it('flags an unfavourable change that takes effect sooner than the agreement allows', async () => {
    const r = await run(before, after, { today: '2026-07-01' });
    expect(r.stdout).toMatch(/taking effect in 9 days \(2026-07-10\), sooner than the amendment notice of 30d \(notice-too-short\)/);
    expect(r.code).toBe(1);
  });

  it('is silent when the notice is kept', async () => {
    const r = await run(before, after, { today: '2026-06-01' });
    expect(r.stdout).not.toMatch(/notice-too-short/);
  });
});
