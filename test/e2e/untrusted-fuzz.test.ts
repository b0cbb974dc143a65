import { randomBytes } from 'crypto';
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { fakeIO } from '../helpers/fake-io';
import { runSla } from '../helpers/run-sla';
import { vnuErrors } from '../render/helpers';
import { expatProblems, TERMINAL_CONTROL, xmlProblem } from '../helpers/well-formed';

/**
 * Issue 15's fuzz test: random text (any UTF-16 unit, C0/C1 controls, bidi
 * overrides, XML-forbidden characters) in every text field of an agreement
 * and in its data, random bytes in the agreement file and in a data file,
 * data paths that reach for secrets; every lint, evaluate and render format.
 * Asserts: JSON parses, XML is well-formed (and a strict parser agrees),
 * HTML passes the Nu checker, nothing carries a terminal control, and no
 * secret (in files beside the agreement, or in the environment of the
 * built binary) is echoed.
 */

const SECRET = `tok-${randomBytes(12).toString('hex')}`;

const nasty = fc.constantFrom('\u001b[2J', '\u001b]0;x\u0007', '\u009b31m', '\u202e', '\u2066', '\u2028', '\u0000', '\r', '\ud800', '\udfff', '\ufffe', ']]>', '<script>', '&#1;', '"', "'", '\\', '|', '`', '[x](javascript:alert(1))', '![](https://t.example/p.png)', '{{log "x"}}', '%YAML');
const text = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 24 }),
    fc.array(fc.oneof(nasty, fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 0x9f }).map((c) => String.fromCharCode(c))), { minLength: 1, maxLength: 8 }).map((a) => a.join('')),
  )
  // the schema wants some visible text
  .map((s) => `x${s}`);

const q = (s: string): string => JSON.stringify(s);
const csvCell = (s: string): string => `"${s.replace(/"/g, '""')}"`;

interface Case {
  title: string;
  party: string;
  address: string;
  service: string;
  description: string;
  metric: string;
  purpose: string;
  objective: string;
  term: string;
  definition: string;
  contact: string;
  prose: string;
  item: string;
  column: string;
  cell: string;
  file: string;
  bytes: Uint8Array;
}

const caseArb: fc.Arbitrary<Case> = fc.record({
  title: text,
  party: text,
  address: text,
  service: text,
  description: text,
  metric: text,
  purpose: text,
  objective: text,
  term: text,
  definition: text,
  contact: text,
  prose: text,
  item: text,
  column: text,
  cell: text,
  file: fc.constantFrom('data/incidents.csv', 'data/incidents.csv', '/proc/self/environ', '../outside/secret.csv', '.env', 'data/link.csv', 'data/random.csv'),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
});

function agreement(c: Case): string {
  return `sla: 1
id: FUZZ-1
title: ${q(c.title)}
type: service
version: 1.0.0
status: active
term: { start: 2026-01-01, end: 2026-12-31 }
timezone: Europe/Berlin
locale: en-GB
currency: EUR
parties:
  - id: provider
    role: provider
    name: ${q(c.party)}
    address: ${q(c.address)}
    contacts: [{ name: ${q(c.contact)}, role: ${q(c.item)}, email: a@b.example }]
    responsibilities: [${q(c.item)}]
  - { id: customer, role: customer, name: Customer }
purpose: ${q(c.purpose)}
objectives: [${q(c.objective)}]
services:
  - { id: web, name: ${q(c.service)}, description: ${q(c.description)}, includes: [${q(c.item)}], excludes: [${q(c.contact)}], fee: { amount: 1000, per: month } }
data:
  incidents: { kind: intervals, file: ${q(c.file)}, columns: { start: ${q(c.column)}, end: ended_at } }
metrics:
  - { id: uptime, name: ${q(c.metric)}, service: web, owner: provider, kind: availability, data: incidents, period: month, target: ">= 99.5%", credits: [{ when: "< 99.5%", credit: 5% }] }
definitions:
  ${q(c.term)}: ${q(c.definition)}
escalation:
  - { level: 1, contact: ${q(c.contact)}, after: 0m }
reporting: { every: month, due: 10d, to: [customer], contents: [${q(c.item)}] }
review: { every: quarter, process: ${q(c.prose)} }
exclusions: [${q(c.prose)}]
disputes: [${q(c.item)}]
indemnity: ${q(c.prose)}
references:
  - { title: ${q(c.item)} }
  - { title: ${q(c.contact)}, url: https://example.com/a }
approvals:
  - { party: provider, name: ${q(c.contact)}, title: ${q(c.item)}, date: 2025-12-15 }
`;
}

/** The agreement's folder for one case, with secrets beside it where CI keeps them. */
function workspace(c: Case): string {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-fuzz-'));
  const dir = path.join(base, 'agreements');
  fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
  fs.mkdirSync(path.join(base, 'outside'));
  fs.writeFileSync(path.join(base, 'outside', 'secret.csv'), `${csvCell(c.column)},ended_at\n${SECRET},${SECRET}\n`);
  fs.writeFileSync(path.join(dir, '.env'), `${csvCell(c.column)},ended_at\n${SECRET},x\n`);
  fs.symlinkSync(path.join(base, 'outside', 'secret.csv'), path.join(dir, 'data', 'link.csv'));
  fs.writeFileSync(path.join(dir, 'data', 'random.csv'), c.bytes);
  fs.writeFileSync(
    path.join(dir, 'data', 'incidents.csv'),
    `${csvCell(c.column)},ended_at\n2026-03-02T10:00:00Z,2026-03-02T19:00:00Z\n${csvCell(c.cell)},2026-03-03T10:00:00Z\n`,
  );
  fs.writeFileSync(path.join(dir, 'a.sla.yaml'), agreement(c));
  // random bytes in the agreement file itself: in a comment, and where a value goes
  fs.writeFileSync(path.join(dir, 'b.sla.yaml'), Buffer.concat([Buffer.from(`# `), c.bytes, Buffer.from(`\n${agreement(c).replace('version: 1.0.0', 'version: ')}`), c.bytes]));
  return dir;
}

const LINT = ['stylish', 'json', 'sarif', 'junit', 'github'];
const EVALUATE = ['table', 'json', 'md', 'html', 'csv', 'junit'];
const RENDER = ['md', 'html'];

interface Output {
  what: string;
  format: string;
  code: number;
  stdout: string;
  stderr: string;
}

/** Whatever a run printed must be safe to show and parse, whatever it was given. */
function checkOutput(o: Output, xml: string[], html: Record<string, string>): void {
  const where = `${o.what} --format ${o.format} (exit ${o.code})`;
  for (const [name, stream] of [['stdout', o.stdout], ['stderr', o.stderr]] as const) {
    const plain = o.format === 'csv' && name === 'stdout' ? stream.replace(/\r\n/g, '\n') : stream;
    if (TERMINAL_CONTROL.test(plain) || /[\u202a-\u202e\u2066-\u2069]/.test(plain)) throw new Error(`${where}: a control character on ${name}`);
    if (stream.includes(SECRET) || stream.includes(SECRET.slice(4, 14))) throw new Error(`${where}: the secret on ${name}`);
  }
  if (o.stdout === '') return;
  if (o.format === 'json' || o.format === 'sarif') JSON.parse(o.stdout);
  if (o.format === 'junit') {
    const problem = xmlProblem(o.stdout);
    if (problem) throw new Error(`${where}: ${problem}`);
    xml.push(o.stdout);
  }
  if (o.format === 'html' && Object.keys(html).length < 24) html[`${o.what.replace(/\W+/g, '-')}-${Object.keys(html).length}`] = o.stdout;
}

async function inProcess(dir: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = fakeIO({ cwd: dir, env: { NO_COLOR: '1' } });
  const code = await main(['node', 'sla', ...args], io.io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

describe('fuzz: random text and bytes in every field, every format', () => {
  const xml: string[] = [];
  const html: Record<string, string> = {};

  it('in process, through main(): well-formed output, no control character, no secret from the files', async () => {
    let evaluated = 0;
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const dir = workspace(c);
        for (const file of ['a.sla.yaml', 'b.sla.yaml']) {
          for (const format of LINT) checkOutput({ what: `lint ${file}`, format, ...(await inProcess(dir, ['lint', file, '--format', format])) }, xml, html);
        }
        for (const format of EVALUATE) {
          const r = await inProcess(dir, ['evaluate', 'a.sla.yaml', '--period', '2026-03', '--as-of', '2026-12-01', '--format', format, '--skip-invalid']);
          if (r.code !== 2) evaluated++;
          checkOutput({ what: 'evaluate', format, ...r }, xml, html);
        }
        for (const format of RENDER) {
          const r = await inProcess(dir, ['render', 'a.sla.yaml', '--format', format]);
          if (r.code === 0) rendered++;
          checkOutput({ what: 'render', format, ...r }, xml, html);
        }
        fs.rmSync(path.dirname(dir), { recursive: true, force: true });
      }),
      { numRuns: 40 },
    );
    // the cases reach the formats, not only the error paths
    expect(evaluated).toBeGreaterThan(20);
    expect(rendered).toBeGreaterThan(40);
  }, 300_000);

  it('through the built binary, with the secret in its environment too', () => {
    const cases = fc.sample(caseArb, 6);
    cases.forEach((c, i) => {
      const dir = workspace(c);
      const env = { SLA_TEST_SECRET: SECRET };
      const extra = c.file === '/proc/self/environ' ? ['--allow-outside-data'] : [];
      const runs: [string, string, string[]][] = [
        ['lint', LINT[i % LINT.length]!, ['lint', 'a.sla.yaml', 'b.sla.yaml']],
        ['evaluate', EVALUATE[i % EVALUATE.length]!, ['evaluate', 'a.sla.yaml', '--period', '2026-03', '--as-of', '2026-12-01', ...extra]],
        ['evaluate /proc/self/environ', 'junit', ['evaluate', 'a.sla.yaml', '--period', '2026-03', '--data', 'incidents=/proc/self/environ']],
        ['render', RENDER[i % RENDER.length]!, ['render', 'a.sla.yaml']],
      ];
      for (const [what, format, args] of runs) checkOutput({ what, format, ...runSla([...args, '--format', format], { cwd: dir, env }) }, xml, html);
      fs.rmSync(path.dirname(dir), { recursive: true, force: true });
    });
  }, 300_000);

  it('and every JUnit document is well-formed to a strict XML parser, every HTML one to the Nu checker', () => {
    expect(xml.length).toBeGreaterThanOrEqual(80);
    expect(expatProblems(xml)).toEqual([]);
    expect(Object.keys(html).length).toBeGreaterThan(5);
    expect(vnuErrors(html)).toBe('');
  }, 120_000);
});
