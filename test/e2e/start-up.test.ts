import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { lintCommand } from '../../src/cli/lint-command';
import { evaluateCommand } from '../../src/cli/evaluate-command';
import { fakeIO } from '../helpers/fake-io';
import { BIN, ROOT, runSla } from '../helpers/run-sla';
import { REFERENCE } from '../helpers/reference';

// How the built CLI starts (bin/sla.js, scripts/build.js, scripts/code-cache.js):
// dist/sla.js compiled with the V8 code cache dist/sla.cache, the optimising
// compiler held back until a command says its work runs long.

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-e2e-start-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A copy of the installed package (bin/ and dist/ copied, the rest linked), to spoil its cache. */
function packageCopy(): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'pkg-'));
  for (const d of ['bin', 'dist']) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  for (const f of ['package.json', 'schemas', 'templates', 'node_modules']) fs.symlinkSync(path.join(ROOT, f), path.join(dir, f));
  return dir;
}

/**
 * Whether V8 rejected the cache bin/sla.js picks for a command line when it compiled dist/sla.js
 * (run in a fresh process with default flags): 'false' when it took it.
 */
function cacheRejected(bin: string, command = 'lint'): string {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.NODE_OPTIONS;
  const code = `const { loadCli, cacheFor } = require(${JSON.stringify(bin)}); process.stdout.write(String(loadCli(cacheFor(['node', 'sla', ${JSON.stringify(command)}])).script.cachedDataRejected));`;
  return spawnSync(process.execPath, ['-e', code], { env: env as NodeJS.ProcessEnv, encoding: 'utf8' }).stdout;
}

describe('start-up of the built CLI', () => {
  it('ships code caches that this Node accepts: one for evaluate, one for every other command', () => {
    for (const f of ['dist/sla.cache', 'dist/sla-evaluate.cache']) expect(fs.statSync(path.join(ROOT, f)).size).toBeGreaterThan(100_000);
    for (const command of ['lint', 'render', 'evaluate']) expect(cacheRejected(BIN, command)).toBe('false');
    const { cacheFor, CACHE, EVALUATE_CACHE } = require(BIN) as { cacheFor(argv: string[]): string; CACHE: string; EVALUATE_CACHE: string };
    expect([cacheFor(['node', 'sla', 'evaluate', 'a.sla.yaml']), cacheFor(['node', 'sla', 'lint']), cacheFor(['node', 'sla'])]).toEqual([EVALUATE_CACHE, CACHE, CACHE]);
  });

  it('ships its scripts as ASCII, so that Node reads them as one-byte strings (the build escapes the rest)', () => {
    for (const f of ['dist/sla.js', 'dist/csv-worker.js']) expect(/[^\x00-\x7f]/.test(fs.readFileSync(path.join(ROOT, f), 'latin1'))).toBe(false);
  });

  it('evaluates alike with the evaluate cache, without it, and with one that does not fit', () => {
    const args = ['evaluate', path.join(ROOT, 'examples/real/aws-ec2/aws-ec2.sla.yaml'), '--from', '2026-01', '--to', '2026-06', '--as-of', '2026-07-05T00:00:00Z', '--format', 'json'];
    const expected = runSla(args);
    expect(expected.code).toBe(1);
    expect(JSON.parse(expected.stdout).totals.amount).toBe(8430);
    const spoiled = packageCopy();
    fs.writeFileSync(path.join(spoiled, 'dist/sla-evaluate.cache'), Buffer.alloc(4096, 7));
    expect(cacheRejected(path.join(spoiled, 'bin/sla.js'), 'evaluate')).toBe('true');
    const missing = packageCopy();
    fs.rmSync(path.join(missing, 'dist/sla-evaluate.cache'));
    for (const dir of [spoiled, missing]) {
      const r = runSla(args, { bin: path.join(dir, 'bin/sla.js') });
      expect([r.code, r.stdout, r.stderr]).toEqual([expected.code, expected.stdout, expected.stderr]);
    }
  });

  it('gives the same results when the cache is missing or does not fit', () => {
    const file = path.join(REFERENCE, 'managed-hosting.sla.yaml');
    // named files are linted even though the repository's .slarc.yaml ignores examples/broken
    const broken = fs.readdirSync(path.join(ROOT, 'examples/broken')).filter((f) => f.endsWith('.sla.yaml')).map((f) => path.join('examples/broken', f));
    expect(broken.length).toBeGreaterThan(16);
    const expected = [runSla(['lint', '--format', 'json', ...broken]), runSla(['render', file, '--format', 'md', '--date', '2026-11-22'])];
    expect(expected[0].code).toBe(1);
    expect(expected[1].code).toBe(0);
    const spoiled = packageCopy();
    const bin = path.join(spoiled, 'bin/sla.js');
    fs.writeFileSync(path.join(spoiled, 'dist/sla.cache'), Buffer.alloc(4096, 7));
    expect(cacheRejected(bin)).toBe('true');
    const missing = packageCopy();
    fs.rmSync(path.join(missing, 'dist/sla.cache'));
    for (const b of [bin, path.join(missing, 'bin/sla.js')]) {
      const lint = runSla(['lint', '--format', 'json', ...broken], { bin: b });
      const render = runSla(['render', file, '--format', 'md', '--date', '2026-11-22'], { bin: b });
      expect([lint.code, lint.stdout, lint.stderr]).toEqual([expected[0].code, expected[0].stdout, expected[0].stderr]);
      expect([render.code, render.stdout]).toEqual([expected[1].code, expected[1].stdout]);
    }
  });

  it('says what to do when dist/ was never built', () => {
    const bare = packageCopy();
    fs.rmSync(path.join(bare, 'dist'), { recursive: true });
    const r = runSla(['--version'], { bin: path.join(bare, 'bin/sla.js') });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sla: cannot start \(.*dist[\\/]sla\.js.*\); run `npm run build` first\n$/);
  });

  it('starts CSV worker threads on the built worker script', () => {
    const worker = path.join(ROOT, 'dist/csv-worker.js');
    expect(fs.existsSync(worker)).toBe(true);
    expect(fs.readFileSync(path.join(ROOT, 'dist/sla.js'), 'utf8')).toContain('"csv-worker.js"');
  });
});

describe('when a command asks for the optimising compiler', () => {
  function manyAgreements(count: number): string {
    const dir = fs.mkdtempSync(path.join(scratch, `many-${count}-`));
    fs.writeFileSync(path.join(dir, '.slarc.yaml'), 'root: true\n');
    const text = fs.readFileSync(path.join(ROOT, 'examples/it-hr-ola/it-hr-ola.sla.yaml'), 'utf8').replace(/file: data\//g, `file: ${path.join(ROOT, 'examples/it-hr-ola/data')}/`);
    for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, `a${i}.sla.yaml`), text);
    return dir;
  }

  it.each([
    [1, 0],
    [16, 0],
    [17, 1],
  ])('lint of %i files calls longRun %i times', async (count, calls) => {
    const dir = manyAgreements(count);
    const { io } = fakeIO({ cwd: dir });
    let called = 0;
    io.longRun = () => called++;
    expect(await lintCommand({ paths: ['.'], format: 'json', quiet: false, rules: [] }, io)).toBe(0);
    expect(called).toBe(calls);
  });

  it('evaluate asks for it from a megabyte of data on, or for standard input', async () => {
    const calls = async (name: string, data: string[], stdin?: string): Promise<[number, number]> => {
      const { io } = fakeIO({ cwd: REFERENCE, stdin });
      let called = 0;
      io.longRun = () => called++;
      const agreement = path.join(REFERENCE, `${name}.sla.yaml`);
      const code = await evaluateCommand({ agreement, format: 'json', data, failOn: 'never', asOf: '2026-04-01T00:00' }, io);
      return [code, called];
    };
    const requests = fs.readFileSync(path.join(REFERENCE, 'data/requests.csv'), 'utf8');
    const rows = requests.slice(requests.indexOf('\n') + 1);
    const big = path.join(scratch, 'requests.csv');
    fs.writeFileSync(big, requests + rows + rows);
    expect(fs.statSync(big).size).toBeGreaterThan(1 << 20);
    expect(await calls('managed-hosting', [])).toEqual([0, 0]); // 0.4 MB
    expect(await calls('saas-platform', [])).toEqual([0, 1]); // 1.7 MB
    expect(await calls('managed-hosting', [`requests=${big}`])).toEqual([0, 1]);
    expect(await calls('managed-hosting', ['requests=-'], requests)).toEqual([0, 1]);
  });
});

describe('a clean lint', () => {
  it('never opens standard output to decide on colour; a run with findings does', async () => {
    const count = async (file: string): Promise<[number, number, string]> => {
      const { io, stdout } = fakeIO({ cwd: ROOT });
      let asked = 0;
      const write = io.stdout.write;
      io.stdout = {
        write,
        get isTTY() {
          asked++;
          return false;
        },
      };
      const code = await lintCommand({ paths: [file], format: 'stylish', quiet: false, rules: [] }, io);
      return [code, asked, stdout()];
    };
    expect(await count(path.join(REFERENCE, 'managed-hosting.sla.yaml'))).toEqual([0, 0, '']);
    const [code, asked, text] = await count('examples/broken/typo-key.sla.yaml');
    expect([code, asked]).toEqual([1, 1]);
    expect(text).toMatch(/1 problem/);
  });
});
