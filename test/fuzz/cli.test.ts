import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { fakeIO } from '../helpers/fake-io';
import { manyMetrics, removeTempDirs, tempDir } from '../helpers/sizes';

/*
 * The CLI's argument handling: random commands, flags and values (known and
 * unknown, missing and repeated, odd text), run in-process through
 * main(argv, io) with a fake IO in a scratch folder. Every run resolves to
 * 0, 1 or 2, nothing is thrown, and standard error never shows a stack or an
 * internal error. Fixed runs and seed, so a failure reproduces.
 */

const SEED = 8;

/** A folder with an agreement that lints clean, its data, and a template folder; copied for each run. */
const pristine = (() => {
  const c = manyMetrics(1);
  fs.mkdirSync(path.join(c.dir, 'tpl'));
  fs.writeFileSync(path.join(c.dir, 'tpl', 'services.hbs'), '{{#each services}}{{name}}{{/each}}\n');
  fs.writeFileSync(path.join(c.dir, 'broken.sla.yaml'), 'sla: 1\nid: [\n');
  return c.dir;
})();

const FLAGS: Record<string, string[]> = {
  lint: ['-f', '--format', '-o', '--out', '--output', '--max-warnings', '-q', '--quiet', '--rule'],
  render: ['-f', '--format', '-o', '--out', '-t', '--template', '--locale', '--date'],
  evaluate: ['--data', '--from', '--to', '--period', '--as-of', '--metric', '-f', '--format', '-o', '--out', '--fail-on', '--skip-invalid'],
  init: [],
  schema: [],
  help: [],
};
const COMMANDS = [...Object.keys(FLAGS), 'lnt', '', '--version', '-v', '--help', 'evaluate --help'];

// Values a flag or argument may get; paths stay inside the scratch folder, and nothing asks for PDF (it would start Chromium).
const VALUES = [
  'a.sla.yaml', 'broken.sla.yaml', 'missing.sla.yaml', '-', '.', 'tpl', 'incidents.csv', 'out.json', 'out.md', 'out.html', 'report',
  'json', 'table', 'md', 'html', 'csv', 'junit', 'sarif', 'github', 'stylish', 'never', 'breach', 'at-risk',
  '2026', '2026-09', '2026-W36', '2026-Q3', '2026-02-30', '9999-12-31T23:59:59Z', '2026-03-29T02:30', '0', '-1', '1e9', 'NaN',
  'incidents=incidents.csv', 'requests=-', 'nope=x.csv', '=', 'm0', 'm1', 'schema:off', 'credit-tier-gap:error', 'x:y', 'de-DE', 'xx-INVALID-', 'en',
  '', ' ', '--', '-x', '--unknown', '\u0000', 'ü', '😀', 'a'.repeat(300),
];
const safe = (s: string): boolean => !/[/\\]|\.\.|pdf/i.test(s);
const value = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...VALUES) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }).filter(safe) });
const token = (command: string) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(FLAGS[command] ?? []), '--format', '-h', '--bogus') }, { weight: 4, arbitrary: value });
const argv = fc
  .constantFrom(...COMMANDS)
  .chain((command) => fc.tuple(fc.constant(command), fc.array(token(command), { maxLength: 8 })))
  .map(([command, tokens]) => [...command.split(' ').filter((t) => t !== ''), ...tokens]);
const stdin = fc.constantFrom('', 'sla: 1\n', 'start,end\n2026-03-01T10:00:00Z,2026-03-01T11:00:00Z\n', '\u0000\u0001garbage');

describe('the CLI (fuzz)', () => {
  afterAll(removeTempDirs);

  it('resolves every command line to 0, 1 or 2, with no exception and no stack', async () => {
    const codes = new Set<number>();
    await fc.assert(
      fc.asyncProperty(argv, stdin, async (args, input) => {
        const cwd = tempDir('sla-fuzz-cli-');
        fs.cpSync(pristine, cwd, { recursive: true });
        const { io, stderr } = fakeIO({ cwd, stdin: input });
        const code = await main(['node', 'sla', ...args], io);
        expect([0, 1, 2]).toContain(code);
        expect(stderr()).not.toMatch(/\n\s+at .+:\d+:\d+/);
        expect(stderr()).not.toContain('internal error');
        codes.add(code);
        fs.rmSync(cwd, { recursive: true, force: true });
      }),
      { numRuns: 200, seed: SEED },
    );
    expect([...codes].sort()).toEqual([0, 1, 2]);
  });
});
