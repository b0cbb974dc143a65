import { execFileSync, spawnSync, type StdioOptions } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { ROOT, runSla } from '../helpers/run-sla';
import { REFERENCE } from '../helpers/reference';
import { startSla } from '../helpers/spawn-sla';

// How every command writes --out (src/io/output.ts), through the built binary.

const BAD = path.join(ROOT, 'test/fixtures/bad-data');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-e2e-output-'));
fs.chmodSync(scratch, 0o755); // another user runs the binary in one test
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A folder with the bad-data agreement and its data; evaluate exits 1 on it (a breach). */
function project(): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'p-'));
  fs.chmodSync(dir, 0o755);
  for (const f of ['agreement.sla.yaml', 'requests.csv', 'incidents.csv']) fs.copyFileSync(path.join(BAD, f), path.join(dir, f));
  return dir;
}

const EVALUATE = ['evaluate', 'agreement.sla.yaml', '--period', '2026-03', '--as-of', '2026-12-05T00:00:00Z', '--format', 'csv'];

/** The CSV report as evaluate prints it (it ends with a line break, so a file gets the same text). */
const csvReport = (() => {
  let report: string | undefined;
  return (): string => (report ??= runSla(EVALUATE, { cwd: project() }).stdout);
})();

const isRoot = process.getuid?.() === 0;
const canMknod = ((): boolean => {
  const probe = path.join(scratch, 'probe');
  try {
    execFileSync('mknod', [probe, 'c', '1', '3'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { force: true });
  }
})();

/**
 * The built CLI copied where any user may read it (bin/, dist/, templates/):
 * the checkout itself may sit in a folder only its owner can enter, as CI's does.
 */
const sharedBin = (() => {
  let bin: string | undefined;
  return (): string => {
    if (bin) return bin;
    const dir = fs.mkdtempSync(path.join(scratch, 'pkg-'));
    fs.chmodSync(dir, 0o755);
    for (const d of ['bin', 'dist', 'templates']) fs.cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
    fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
    return (bin = path.join(dir, 'bin', 'sla.js'));
  };
})();

/** A template that repeats a 2 KB line 13^4 times: a 57 MB document, to write for a while. */
function bigTemplate(dir: string): string {
  const tpl = path.join(dir, 'big-template');
  fs.mkdirSync(tpl);
  const each = '{{#each @root.sections}}';
  fs.writeFileSync(path.join(tpl, 'document.hbs'), `${each.repeat(4)}${'x'.repeat(1999)}\n${'{{/each}}'.repeat(4)}`);
  fs.copyFileSync(path.join(REFERENCE, 'saas-platform.sla.yaml'), path.join(dir, 'saas.sla.yaml'));
  return 'big-template';
}

describe('--out through the built binary', () => {
  it(`writes into a character device in place (a node ${canMknod ? 'made with mknod' : 'NOT MADE: mknod is not permitted'} like /dev/null), for evaluate and lint`, () => {
    expect(canMknod).toBe(true);
    const dir = project();
    execFileSync('mknod', [path.join(dir, 'null'), 'c', '1', '3']);
    const rdev = fs.statSync(path.join(dir, 'null')).rdev;
    const evaluated = runSla([...EVALUATE, '--out', 'null'], { cwd: dir });
    expect([evaluated.code, evaluated.stderr, evaluated.stdout]).toEqual([1, '', '']);
    const linted = runSla(['lint', 'agreement.sla.yaml', '--format', 'json', '--output', 'null'], { cwd: dir });
    expect([linted.code, linted.stderr]).toEqual([0, '']);
    const stat = fs.statSync(path.join(dir, 'null'));
    expect([stat.isCharacterDevice(), stat.rdev]).toEqual([true, rdev]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes into a FIFO for the reader waiting on it, and leaves the FIFO', async () => {
    const dir = project();
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const chunks: Buffer[] = [];
    const read = new Promise<string>((resolve, reject) => {
      fs.createReadStream(fifo)
        .on('data', (d) => chunks.push(d as Buffer))
        .on('end', () => resolve(Buffer.concat(chunks).toString()))
        .on('error', reject);
    });
    const run = startSla([...EVALUATE, '--out', 'pipe'], { cwd: dir });
    const [ended, received] = await Promise.all([run.ended, read]);
    expect([ended.code, ended.stderr]).toEqual([1, '']);
    expect(received).toBe(csvReport());
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });

  it('ends quietly with its own exit code when the FIFO reader leaves early', async () => {
    const dir = project();
    const template = bigTemplate(dir);
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    // reads 100 bytes, then closes the FIFO while render is still writing 57 MB
    const reader = new Promise<number>((resolve) => {
      const stream = fs.createReadStream(path.join(dir, 'pipe'), { highWaterMark: 100 });
      stream.once('data', (d) => {
        stream.destroy();
        resolve((d as Buffer).length);
      });
    });
    const run = startSla(['render', 'saas.sla.yaml', '--template', template, '--out', 'pipe'], { cwd: dir });
    const [ended, got] = await Promise.all([run.ended, reader]);
    expect(got).toBe(100);
    expect([ended.code, ended.signal, ended.stderr]).toEqual([0, null, '']);
  });

  it('replaces the file a symbolic link points to, and keeps the link', () => {
    const dir = project();
    fs.mkdirSync(path.join(dir, 'contracts'));
    fs.writeFileSync(path.join(dir, 'contracts', 'real.csv'), 'old');
    fs.symlinkSync('contracts/real.csv', path.join(dir, 'link.csv'));
    const r = runSla([...EVALUATE, '--out', 'link.csv'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(fs.lstatSync(path.join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(fs.readlinkSync(path.join(dir, 'link.csv'))).toBe('contracts/real.csv');
    expect(fs.readFileSync(path.join(dir, 'contracts', 'real.csv'), 'utf8')).toBe(csvReport());
  });

  it.each([
    ['600', 0o600],
    ['640', 0o640],
  ])('keeps mode %s of the report it replaces (and its owner and group, as root)', (_, mode) => {
    const dir = project();
    const file = path.join(dir, 'report.csv');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, mode);
    if (isRoot) fs.chownSync(file, 65534, 65534);
    const before = fs.statSync(file);
    const runs: [string[], RegExp][] = [
      [[...EVALUATE, '--out', 'report.csv'], /^metric,period,/],
      [['lint', 'agreement.sla.yaml', '--format', 'json', '--output', 'report.csv'], /^\[/],
    ];
    for (const [args, written] of runs) {
      runSla(args, { cwd: dir });
      const after = fs.statSync(file);
      expect([after.mode & 0o777, after.uid, after.gid]).toEqual([mode, before.uid, before.gid]);
      expect(fs.readFileSync(file, 'utf8')).toMatch(written);
    }
  });

  it(`refuses a folder it may not write to with one line and exit 2, the file untouched (${isRoot ? 'run as nobody, as root may write anywhere' : 'as this user'})`, () => {
    const dir = project();
    fs.mkdirSync(path.join(dir, 'locked'));
    fs.writeFileSync(path.join(dir, 'locked', 'report.csv'), 'old');
    fs.chmodSync(path.join(dir, 'locked', 'report.csv'), 0o666);
    fs.chmodSync(path.join(dir, 'locked'), 0o555);
    const r = execFileResult([...EVALUATE, '--out', 'locked/report.csv'], dir, { bin: sharedBin(), ...(isRoot ? { uid: 65534, gid: 65534 } : {}) });
    expect(r).toEqual({
      code: 2,
      stderr: 'sla: cannot write locked/report.csv: its folder locked is not writable (a new file is written beside the old one, then renamed over it)\n',
    });
    expect(fs.readFileSync(path.join(dir, 'locked', 'report.csv'), 'utf8')).toBe('old');
  });

  it(`refuses a folder on a read-only file system (${isRoot ? 'a read-only bind mount in a private mount namespace' : 'NOT RUN: needs root to mount'})`, () => {
    expect(isRoot).toBe(true);
    const dir = project();
    fs.mkdirSync(path.join(dir, 'locked'));
    fs.writeFileSync(path.join(dir, 'locked', 'report.csv'), 'old');
    const script = 'mount --bind -o ro locked locked && exec "$0" "$@"';
    const r = execFileResult([...EVALUATE, '--out', 'locked/report.csv'], dir, { wrapper: ['unshare', '--mount', '--propagation', 'private', 'sh', '-c', script] });
    expect(r).toEqual({ code: 2, stderr: 'sla: cannot write locked/report.csv: read-only file system\n' });
    expect(fs.readFileSync(path.join(dir, 'locked', 'report.csv'), 'utf8')).toBe('old');
  });

  it('refuses a directory and a folder that does not exist, with one line and exit 2', () => {
    const dir = project();
    fs.mkdirSync(path.join(dir, 'reports'));
    expect(pick(runSla([...EVALUATE, '--out', 'reports'], { cwd: dir }))).toEqual([2, 'sla: cannot write reports: is a directory\n']);
    expect(pick(runSla(['lint', '--output', 'missing/r.txt', 'agreement.sla.yaml'], { cwd: dir }))).toEqual([2, 'sla: cannot write missing/r.txt: no such file or directory\n']);
  });

  it(`refuses a file it cannot replace because it is a mount point, the file untouched (${isRoot ? 'a bind mount in a private mount namespace' : 'NOT RUN: needs root to mount'})`, () => {
    expect(isRoot).toBe(true);
    const dir = project();
    fs.writeFileSync(path.join(dir, 'report.csv'), 'old');
    fs.writeFileSync(path.join(dir, 'other.csv'), 'other');
    const script = `mount --bind other.csv report.csv && exec "$0" "$@"`;
    const r = execFileResult([...EVALUATE, '--out', 'report.csv'], dir, { wrapper: ['unshare', '--mount', '--propagation', 'private', 'sh', '-c', script] });
    expect(r).toEqual({ code: 2, stderr: 'sla: cannot write report.csv: it is a mount point (another file system than its folder), so it cannot be replaced atomically; write to another path\n' });
    expect(fs.readFileSync(path.join(dir, 'report.csv'), 'utf8')).toBe('old');
  });

  it('writes /dev/stdout and /dev/fd/N (as in >(gzip > x.gz)) to the descriptors it was given', () => {
    // the kernel's names for a process's own descriptors, not a place on this machine
    const dir = project();
    const toStdout = runSla([...EVALUATE, '--out', '/dev/stdout'], { cwd: dir });
    expect([toStdout.code, toStdout.stdout]).toEqual([1, csvReport()]);
    const file = path.join(dir, 'fd3.csv');
    fs.writeFileSync(file, 'kept,');
    const fd = fs.openSync(file, 'a');
    const r = execFileResult([...EVALUATE, '--out', '/dev/fd/3'], dir, { stdio: ['ignore', 'pipe', 'pipe', fd] });
    fs.closeSync(fd);
    expect(r.code).toBe(1);
    // appended at the descriptor's own offset, not reopened and truncated
    expect(fs.readFileSync(file, 'utf8')).toBe(`kept,${csvReport()}`);
  });

  it('sends the report to a Unix socket', async () => {
    const dir = project();
    const received: Buffer[] = [];
    const server = net.createServer((c) => c.on('data', (d) => received.push(d)));
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'sock'), resolve));
    const run = startSla([...EVALUATE, '--out', 'sock'], { cwd: dir });
    const ended = await run.ended;
    server.close();
    expect([ended.code, ended.stderr]).toEqual([1, '']);
    expect(Buffer.concat(received).toString()).toBe(csvReport());
  });
});

describe('interrupted while writing a large --out file', () => {
  /**
   * Render writes a 57 MB document to report.md, which holds an old report.
   * The test watches the folder; when the temporary file appears, it stops
   * the process (SIGSTOP), sends the signal, and lets it go on. A run that
   * has already renamed its file by then proves nothing, so it is tried
   * again (at most 5 times).
   */
  it.each(['SIGINT', 'SIGTERM'] as const)('%s: no temporary file is left, the old file is intact, the process dies of the signal', async (signal) => {
    const dir = project();
    const template = bigTemplate(dir);
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    for (let attempt = 0; attempt < 5; attempt++) {
      fs.writeFileSync(path.join(out, 'report.md'), 'old report');
      const run = startSla(['render', 'saas.sla.yaml', '--template', template, '--out', 'out/report.md'], { cwd: dir });
      const prefix = `.report.md.${run.child.pid}.`;
      let caught: boolean | null = null;
      const watcher = fs.watch(out, (_, name) => {
        if (caught !== null || !name?.startsWith(prefix)) return;
        run.child.kill('SIGSTOP');
        caught = fs.existsSync(path.join(out, name));
        run.child.kill(signal);
        run.child.kill('SIGCONT');
      });
      const ended = await run.ended;
      watcher.close();
      if (!caught) continue;
      expect([ended.signal, ended.code, ended.stderr]).toEqual([signal, null, '']);
      expect(fs.readdirSync(out)).toEqual(['report.md']);
      expect(fs.readFileSync(path.join(out, 'report.md'), 'utf8')).toBe('old report');
      return;
    }
    throw new Error('the temporary file was never caught while being written');
  }, 120_000);
});

function pick(r: { code: number; stderr: string }): [number, string] {
  return [r.code, r.stderr];
}

/** Runs the binary as another user, under a wrapper command or with more descriptors; its exit code and standard error. */
function execFileResult(
  args: string[],
  cwd: string,
  how: { bin?: string; uid?: number; gid?: number; wrapper?: string[]; stdio?: StdioOptions },
): { code: number; stderr: string } {
  const command = [...(how.wrapper ?? []), process.execPath, how.bin ?? path.join(ROOT, 'bin/sla.js'), ...args];
  const r = spawnSync(command[0]!, command.slice(1), {
    cwd,
    uid: how.uid,
    gid: how.gid,
    stdio: how.stdio ?? ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', TZ: 'Pacific/Chatham' },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stderr: r.stderr ?? '' };
}
