import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { ROOT, runSla } from '../helpers/run-sla';
import { REFERENCE } from '../helpers/reference';
import { startSla, type Ended } from '../helpers/spawn-sla';

// Standard output that fails, inputs that never end, a browser that never
// answers, interrupts: through the built binary, each with its exit code, a
// one-line message and no stack trace, in bounded time (kill timers, not
// time limits: a run that hangs fails instead of hanging the suite) and
// bounded memory (an endless read grew to gigabytes before it was bounded).

/** Generous bounds on peak memory: an agreement is read up to 10 MB, a data row up to 64 MB. */
const AGREEMENT_RSS_MB = 512;
const DATA_RSS_MB = 1024;

const BAD = path.join(ROOT, 'test/fixtures/bad-data');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-e2e-hostile-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function project(): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'p-'));
  for (const f of ['agreement.sla.yaml', 'requests.csv', 'incidents.csv']) fs.copyFileSync(path.join(BAD, f), path.join(dir, f));
  return dir;
}

const EVALUATE = ['evaluate', 'agreement.sla.yaml', '--period', '2026-03', '--as-of', '2026-12-05T00:00:00Z'];
const COMMANDS: [string, string[], number][] = [
  ['lint', ['lint', 'agreement.sla.yaml', '--format', 'json'], 0],
  ['render', ['render', 'agreement.sla.yaml'], 0],
  ['evaluate', [...EVALUATE, '--format', 'csv'], 1],
  ['schema', ['schema'], 0],
];

/** A character device like /dev/<name> (1,<minor>), made in the test's folder: the real ones are never touched. */
function device(dir: string, name: string, minor: number): string {
  const file = path.join(dir, name);
  execFileSync('mknod', [file, 'c', '1', String(minor)]);
  return file;
}

const noStack = (text: string): void => expect(text).not.toMatch(/\n\s+at |node:internal|Error:/);

describe('standard output that fails', () => {
  it.each(COMMANDS)('%s: to a full device (ENOSPC), one line and exit 2', async (_, args) => {
    const dir = project();
    const full = fs.openSync(device(dir, 'full', 7), 'w');
    const ended = await startSla(args, { cwd: dir, stdio: ['ignore', full, 'pipe'] }).ended;
    fs.closeSync(full);
    expect([ended.code, ended.stderr]).toEqual([2, 'sla: cannot write standard output: no space left on device\n']);
  });

  it('help text to a full device: one line and exit 2', async () => {
    const dir = project();
    const full = fs.openSync(device(dir, 'full', 7), 'w');
    const ended = await startSla(['render', '--help'], { cwd: dir, stdio: ['ignore', full, 'pipe'] }).ended;
    fs.closeSync(full);
    expect([ended.code, ended.stderr]).toEqual([2, 'sla: cannot write standard output: no space left on device\n']);
  });

  it.each(COMMANDS)('%s: to a pipe already closed (EPIPE), quietly with its own exit code', async (_, args, code) => {
    const dir = project();
    const run = startSla(args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    run.child.stdout?.destroy(); // the reader is gone before anything is written
    const ended = await run.ended;
    expect([ended.code, ended.signal, ended.stderr]).toEqual([code, null, '']);
  });

  it('a large document into `| head -c 100`: quietly, exit 0', () => {
    const dir = project();
    fs.mkdirSync(path.join(dir, 'big'));
    fs.writeFileSync(path.join(dir, 'big', 'document.hbs'), `${'{{#each @root.sections}}'.repeat(3)}${'x'.repeat(999)}\n${'{{/each}}'.repeat(3)}`);
    fs.copyFileSync(path.join(REFERENCE, 'saas-platform.sla.yaml'), path.join(dir, 'saas.sla.yaml'));
    const sla = [process.execPath, path.join(ROOT, 'bin/sla.js'), 'render', 'saas.sla.yaml', '--template', 'big'].map((a) => `'${a}'`).join(' ');
    const r = spawnSync('bash', ['-c', `${sla} | head -c 100 > head.out; echo "\${PIPESTATUS[0]}"`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect([r.stdout, r.stderr]).toEqual(['0\n', '']);
  });
});

describe('data that never ends', () => {
  const LONG_ROW = /^sla: (.+):1:1: a row longer than 64 MB \(no line break: is it a CSV file\?\)\n$/;

  async function evaluateWith(data: string, options: Parameters<typeof startSla>[1] = {}): Promise<Ended> {
    const ended = await startSla([...EVALUATE, '--data', `requests=${data}`, '--metric', 'fast'], { ...options, memory: true }).ended;
    expect(ended.maxRssMb).toBeLessThan(DATA_RSS_MB);
    return ended;
  }

  it('a device like /dev/zero as a data file: exit 2 at 1:1', async () => {
    const dir = project();
    device(dir, 'zero', 5);
    const ended = await evaluateWith('zero', { cwd: dir });
    expect(ended.killed).toBe(false);
    expect(ended.code).toBe(2);
    expect(ended.stderr.match(LONG_ROW)?.[1]).toBe('zero');
  });

  it('standard input fed from a device like /dev/zero: exit 2 at 1:1', async () => {
    const dir = project();
    const zero = fs.openSync(device(dir, 'zero', 5), 'r');
    const ended = await evaluateWith('-', { cwd: dir, stdio: [zero, 'pipe', 'pipe'] });
    fs.closeSync(zero);
    expect([ended.killed, ended.code, ended.stderr.match(LONG_ROW)?.[1]]).toEqual([false, 2, '<stdin>']);
  });

  it('a FIFO whose writer never stops: exit 2 at 1:1, and the writer is let go', async () => {
    const dir = project();
    const fifo = path.join(dir, 'endless.csv');
    execFileSync('mkfifo', [fifo]);
    const run = evaluateWith('endless.csv', { cwd: dir });
    // the test writes zeros until the reader has gone
    const writer = fs.createWriteStream(fifo);
    const zeros = Buffer.alloc(1 << 16);
    const writing = new Promise<string>((resolve) => {
      writer.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? ''));
      const more = (): void => {
        while (writer.write(zeros));
        writer.once('drain', more);
      };
      more();
    });
    const ended = await run;
    expect([ended.killed, ended.code, ended.stderr.match(LONG_ROW)?.[1]]).toEqual([false, 2, 'endless.csv']);
    expect(await writing).toBe('EPIPE');
  });

  it('a gzip file whose one line is 80 MB of zeros: exit 2 at 1:1', async () => {
    const dir = project();
    fs.writeFileSync(path.join(dir, 'zeros.csv.gz'), zlib.gzipSync(Buffer.alloc(80 << 20)));
    const ended = await evaluateWith('zeros.csv.gz', { cwd: dir });
    expect([ended.killed, ended.code, ended.stderr.match(LONG_ROW)?.[1]]).toEqual([false, 2, 'zeros.csv.gz']);
  });
});

describe('an agreement that never ends', () => {
  const TOO_LARGE = 'file is larger than 10 MB; agreements are limited to 10 MB';

  it.each([
    ['lint', ['lint', 'zero'], 1],
    ['render', ['render', 'zero'], 1],
    ['evaluate', ['evaluate', 'zero'], 2],
  ])('%s of a device like /dev/zero: read up to the 10 MB limit, then refused', async (_, args, code) => {
    const dir = project();
    device(dir, 'zero', 5);
    const ended = await startSla(args as string[], { cwd: dir, memory: true }).ended;
    expect([ended.killed, ended.code]).toEqual([false, code]);
    expect(`${ended.stdout}${ended.stderr}`).toContain(TOO_LARGE);
    expect(ended.maxRssMb).toBeLessThan(AGREEMENT_RSS_MB);
    noStack(ended.stderr);
  });

  it.each([
    ['lint', ['lint', '-'], 1],
    ['render', ['render', '-'], 1],
  ])('%s of standard input fed from a device like /dev/zero: refused at the limit', async (_, args, code) => {
    const dir = project();
    const zero = fs.openSync(device(dir, 'zero', 5), 'r');
    const ended = await startSla(args as string[], { cwd: dir, stdio: [zero, 'pipe', 'pipe'], memory: true }).ended;
    fs.closeSync(zero);
    expect([ended.killed, ended.code]).toEqual([false, code]);
    expect(ended.maxRssMb).toBeLessThan(AGREEMENT_RSS_MB);
    expect(`${ended.stdout}${ended.stderr}`).toContain(`<stdin>`);
    expect(`${ended.stdout}${ended.stderr}`).toContain(TOO_LARGE);
  });

  it('waits for a FIFO whose writer is slow, as cat does, and lints what it wrote', async () => {
    const dir = project();
    const fifo = path.join(dir, 'slow.sla.yaml');
    execFileSync('mkfifo', [fifo]);
    const run = startSla(['lint', 'slow.sla.yaml', '--rule', 'data-file-exists:off'], { cwd: dir });
    const text = fs.readFileSync(path.join(dir, 'agreement.sla.yaml'));
    const writer = fs.createWriteStream(fifo);
    writer.write(text.subarray(0, 100));
    await new Promise((resolve) => setTimeout(resolve, 300));
    writer.end(text.subarray(100));
    const ended = await run.ended;
    expect([ended.code, ended.stdout, ended.stderr]).toEqual([0, '', '']);
  });
});

describe('a browser that never answers', () => {
  /**
   * A stand-in for Chromium: it connects to the test's socket (so the test
   * knows it runs, and sees it die when the connection closes) and then
   * never prints the DevTools address, or prints one that never answers.
   */
  function fakeBrowser(dir: string, answer: 'nothing' | 'a silent address'): string {
    const file = path.join(dir, answer === 'nothing' ? 'mute-browser' : 'silent-browser');
    const body =
      answer === 'nothing'
        ? ''
        : "const s = net.createServer(() => {}).listen(0, '127.0.0.1', () => process.stderr.write(`DevTools listening on ws://127.0.0.1:${s.address().port}/devtools/browser/x\\n`));";
    fs.writeFileSync(file, `#!${process.execPath}\nconst net = require('net');\nnet.connect(process.env.FAKE_BROWSER_SOCKET);\n${body}\nsetInterval(() => {}, 1 << 30);\n`);
    fs.chmodSync(file, 0o755);
    return file;
  }

  /** Where the fake browsers report: each connection is one browser, and its 'close' is that browser's end. */
  async function browserWatch(dir: string) {
    const socket = path.join(dir, 'browsers.sock');
    const started: Promise<void>[] = [];
    let first: () => void = () => undefined;
    const running = new Promise<void>((resolve) => (first = resolve));
    const server = net.createServer((c) => {
      started.push(new Promise((resolve) => c.on('close', () => resolve())));
      c.on('error', () => undefined);
      first();
    });
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    return { socket, running, allGone: async () => Promise.all(started), close: () => server.close() };
  }

  const profiles = (tmp: string): string[] => fs.readdirSync(tmp).filter((f) => f.startsWith('sla-chromium-'));

  it.each(['nothing', 'a silent address'] as const)('that prints %s: exit 2 after SLA_BROWSER_TIMEOUT, naming it, killed, its profile removed', async (answer) => {
    const dir = project();
    const tmp = fs.mkdtempSync(path.join(dir, 'tmp-'));
    const browser = fakeBrowser(dir, answer);
    const watch = await browserWatch(dir);
    const env = { CHROME_PATH: browser, SLA_BROWSER_TIMEOUT: '0.5', TMPDIR: tmp, FAKE_BROWSER_SOCKET: watch.socket };
    // the kill timer is far below the default time-out (30 s): a time-out not applied fails here
    const ended = await startSla(['render', 'agreement.sla.yaml', '--format', 'pdf', '--out', 'x.pdf'], { cwd: dir, env, killAfterMs: 20_000 }).ended;
    expect([ended.killed, ended.code, ended.stderr]).toEqual([false, 2, `sla: the browser at ${browser} did not start within 0.5 s (SLA_BROWSER_TIMEOUT to wait longer)\n`]);
    await watch.allGone();
    watch.close();
    expect(profiles(tmp)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  }, 30_000);

  it.each(['SIGINT', 'SIGTERM'] as const)('%s while it starts: the browser is killed, its profile removed, the process dies of the signal', async (signal) => {
    const dir = project();
    const tmp = fs.mkdtempSync(path.join(dir, 'tmp-'));
    const watch = await browserWatch(dir);
    const env = { CHROME_PATH: fakeBrowser(dir, 'nothing'), TMPDIR: tmp, FAKE_BROWSER_SOCKET: watch.socket };
    const run = startSla(['render', 'agreement.sla.yaml', '--format', 'pdf', '--out', 'x.pdf'], { cwd: dir, env });
    await watch.running;
    expect(profiles(tmp)).toHaveLength(1);
    run.child.kill(signal);
    const ended = await run.ended;
    expect([ended.signal, ended.code, ended.stderr]).toEqual([signal, null, '']);
    await watch.allGone();
    watch.close();
    expect(profiles(tmp)).toEqual([]);
  }, 30_000);

  it('SIGINT while a real Chromium prints: the process dies of the signal, and nothing of the browser is left in the temporary folder', async () => {
    const dir = project();
    const tmp = fs.mkdtempSync(path.join(dir, 'tmp-'));
    fs.copyFileSync(path.join(REFERENCE, 'saas-platform.sla.yaml'), path.join(dir, 'saas.sla.yaml'));
    const run = startSla(['render', 'saas.sla.yaml', '--out', 'saas.pdf'], { cwd: dir, env: { TMPDIR: tmp } });
    // Chromium runs once it has made its own files in the profile's temporary folder
    const running = (): boolean => profiles(tmp).some((p) => fs.existsSync(path.join(tmp, p, 't')) && fs.readdirSync(path.join(tmp, p, 't')).length > 0);
    while (!running() && run.child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
    run.child.kill('SIGINT');
    const ended = await run.ended;
    expect([ended.signal, ended.stderr]).toEqual(['SIGINT', '']);
    expect(fs.readdirSync(tmp)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'saas.pdf'))).toBe(false);
  }, 60_000);

  it('refuses a time-out that is not a number of seconds', () => {
    const r = runSla(['render', 'agreement.sla.yaml', '--format', 'pdf', '--out', 'x.pdf'], { cwd: project(), env: { SLA_BROWSER_TIMEOUT: 'soon', CHROME_PATH: process.execPath } });
    expect([r.code, r.stderr]).toEqual([2, "sla: SLA_BROWSER_TIMEOUT is 'soon'; set it to a number of seconds, such as 60\n"]);
  });
});
