import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { isSlaError } from '../../src/core/errors';
import { checkOutput, configInputs, dataInputs, writeOutput, type OutputOptions } from '../../src/io/output';
import { outputTarget } from '../../src/io/output-target';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-output-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function folder(): string {
  return fs.mkdtempSync(path.join(scratch, 'case-'));
}

/** Standard output as a test sees it: what was written, and whether it was asked for at all. */
function fakeStdout() {
  const written: string[] = [];
  let opened = false;
  const stream = { write: (s: string | Uint8Array) => written.push(String(s)) };
  return {
    written,
    opened: () => opened,
    io: (cwd: string): OutputOptions['io'] => ({
      cwd,
      get stdout() {
        opened = true;
        return stream;
      },
    }),
  };
}

async function failure(work: Promise<unknown> | (() => unknown)): Promise<{ message: string; exitCode: number }> {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (e) {
    if (isSlaError(e)) return { message: e.message, exitCode: e.exitCode };
    throw e;
  }
  throw new Error('expected a failure');
}

const canMknod = ((): boolean => {
  const probe = path.join(scratch, 'probe-null');
  try {
    execFileSync('mknod', [probe, 'c', '1', '3'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { force: true });
  }
})();
const withMknod = canMknod ? 'made with mknod' : 'NOT RUN AS mknod IS NOT PERMITTED HERE: it only checks the refusal';

describe('outputTarget', () => {
  it('takes no path and - as standard output', () => {
    expect(outputTarget(undefined, scratch, process.pid)).toEqual({ kind: 'stdout' });
    expect(outputTarget('-', scratch, process.pid)).toEqual({ kind: 'stdout' });
  });

  it('follows a chain of symbolic links, relative ones included, to the regular file at its end', () => {
    const dir = folder();
    fs.mkdirSync(path.join(dir, 'contracts'));
    fs.writeFileSync(path.join(dir, 'contracts', 'real.md'), 'old');
    fs.symlinkSync('contracts/real.md', path.join(dir, 'one.md'));
    fs.symlinkSync(path.join(dir, 'one.md'), path.join(dir, 'two.md'));
    const target = outputTarget('two.md', dir, process.pid);
    expect(target.kind).toBe('file');
    expect(target.kind === 'file' && [target.path, target.existing?.isFile()]).toEqual([fs.realpathSync(path.join(dir, 'contracts', 'real.md')), true]);
  });

  it('follows a dangling link to the file it will create, as the shell does', () => {
    const dir = folder();
    fs.symlinkSync('later.md', path.join(dir, 'link.md'));
    expect(outputTarget('link.md', dir, process.pid)).toEqual({ kind: 'file', path: path.join(fs.realpathSync(dir), 'later.md'), existing: null });
  });

  it('names FIFOs and sockets for writing in place', async () => {
    const dir = folder();
    execFileSync('mkfifo', [path.join(dir, 'pipe')]);
    expect(outputTarget('pipe', dir, process.pid)).toEqual({ kind: 'device', path: path.join(fs.realpathSync(dir), 'pipe') });
    const server = net.createServer().listen(path.join(dir, 'sock'));
    await new Promise((resolve) => server.once('listening', resolve));
    expect(outputTarget('sock', dir, process.pid)).toEqual({ kind: 'socket', path: path.join(fs.realpathSync(dir), 'sock') });
    server.close();
  });

  it('refuses a directory and a loop of links with their errno codes', () => {
    const dir = folder();
    fs.symlinkSync('b', path.join(dir, 'a'));
    fs.symlinkSync('a', path.join(dir, 'b'));
    expect(() => outputTarget('.', dir, process.pid)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    expect(() => outputTarget('a', dir, process.pid)).toThrow(expect.objectContaining({ code: 'ELOOP' }));
    expect(() => outputTarget('missing/x.md', dir, process.pid)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});

describe('writeOutput', () => {
  it('adds a final newline to text on standard output only, and never opens it for nothing', async () => {
    const dir = folder();
    const out = fakeStdout();
    await writeOutput('', { io: out.io(dir), finalNewline: true });
    expect(out.opened()).toBe(false);
    await writeOutput('report', { io: out.io(dir), finalNewline: true });
    await writeOutput('raw', { io: out.io(dir) });
    expect(out.written).toEqual(['report\n', 'raw']);
    await writeOutput('report', { io: out.io(dir), out: 'r.txt', finalNewline: true });
    expect(fs.readFileSync(path.join(dir, 'r.txt'), 'utf8')).toBe('report');
  });

  it('writes text in pieces as they come, to standard output and joined to a file', async () => {
    const dir = folder();
    const out = fakeStdout();
    await writeOutput({ pieces: [] }, { io: out.io(dir), finalNewline: true });
    await writeOutput({ pieces: ['', ''] }, { io: out.io(dir), finalNewline: true });
    expect(out.opened()).toBe(false);
    await writeOutput({ pieces: ['{"a":', '', '1}'] }, { io: out.io(dir), finalNewline: true });
    await writeOutput({ pieces: ['ends\n'] }, { io: out.io(dir), finalNewline: true });
    expect(out.written).toEqual(['{"a":', '1}', '\n', 'ends\n']);
    function* made() {
      yield 'é';
      yield 'ü\n';
    }
    await writeOutput({ pieces: made() }, { io: out.io(dir), out: 'r.json', finalNewline: true });
    expect(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')).toBe('éü\n');
  });

  it('writes a long text to standard output a megabyte at a time, never between the halves of a surrogate pair', async () => {
    const dir = folder();
    const out = fakeStdout();
    // U+1F600 straddles the first megabyte: its high half is the last unit of it
    const text = `${'a'.repeat((1 << 20) - 1)}\u{1F600}${'b'.repeat(1 << 20)}é`;
    await writeOutput(text, { io: out.io(dir), finalNewline: true });
    expect(out.written.join('')).toBe(`${text}\n`);
    expect(out.written.length).toBe(3);
    for (const piece of out.written) {
      expect(piece.length).toBeLessThanOrEqual(1 << 20);
      expect(piece).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/); // no half of a pair at either end
    }
    // through a real stream, as bytes: the emoji arrives whole
    const file = path.join(dir, 'stdout.txt');
    const stream = fs.createWriteStream(file);
    await writeOutput(text, { io: { cwd: dir, stdout: stream }, finalNewline: true });
    await new Promise((resolve) => stream.end(resolve));
    expect(fs.readFileSync(file, 'utf8')).toBe(`${text}\n`);
  });

  it.each([
    ['600', 0o600],
    ['640', 0o640],
    ['604', 0o604],
  ])('keeps the mode %s of the file it replaces, and leaves no temporary file', async (_, mode) => {
    const dir = folder();
    const file = path.join(dir, 'report.md');
    fs.writeFileSync(file, 'old');
    fs.chmodSync(file, mode);
    await writeOutput('new', { io: fakeStdout().io(dir), out: 'report.md' });
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.statSync(file).mode & 0o777).toBe(mode);
    expect(fs.readdirSync(dir)).toEqual(['report.md']);
  });

  it('gives a new file the mode the umask allows', async () => {
    const dir = folder();
    await writeOutput(new Uint8Array([1, 2, 3]), { io: fakeStdout().io(dir), out: 'new.bin' });
    const umask = process.umask();
    expect(fs.statSync(path.join(dir, 'new.bin')).mode & 0o777).toBe(0o666 & ~umask);
    expect([...fs.readFileSync(path.join(dir, 'new.bin'))]).toEqual([1, 2, 3]);
  });

  it('replaces the file a link points to and keeps the link', async () => {
    const dir = folder();
    fs.mkdirSync(path.join(dir, 'contracts'));
    fs.writeFileSync(path.join(dir, 'contracts', 'real.md'), 'old');
    fs.symlinkSync('contracts/real.md', path.join(dir, 'link.md'));
    await writeOutput('new', { io: fakeStdout().io(dir), out: 'link.md' });
    expect(fs.lstatSync(path.join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'contracts', 'real.md'), 'utf8')).toBe('new');
    expect(fs.readdirSync(path.join(dir, 'contracts'))).toEqual(['real.md']);
  });

  it('sends the output to a Unix socket', async () => {
    const dir = folder();
    const received: Buffer[] = [];
    let ended: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (ended = resolve));
    const server = net.createServer((c) => c.on('data', (d) => received.push(d)).on('end', ended));
    await new Promise<void>((resolve) => server.listen(path.join(dir, 'sock'), resolve));
    await writeOutput('over the socket', { io: fakeStdout().io(dir), out: 'sock' });
    await done;
    server.close();
    expect(Buffer.concat(received).toString()).toBe('over the socket');
  });

  it(`writes a character device in place, ${withMknod}`, async () => {
    const dir = folder();
    if (!canMknod) {
      expect(await failure(writeOutput('x', { io: fakeStdout().io(dir), out: '.' }))).toEqual({ message: 'cannot write .: is a directory', exitCode: 2 });
      return;
    }
    execFileSync('mknod', [path.join(dir, 'null'), 'c', '1', '3']);
    await writeOutput('into the void', { io: fakeStdout().io(dir), out: 'null' });
    expect(fs.statSync(path.join(dir, 'null')).isCharacterDevice()).toBe(true);
    execFileSync('mknod', [path.join(dir, 'full'), 'c', '1', '7']);
    expect(await failure(writeOutput('x', { io: fakeStdout().io(dir), out: 'full' }))).toEqual({ message: 'cannot write full: no space left on device', exitCode: 2 });
    expect(fs.statSync(path.join(dir, 'full')).isCharacterDevice()).toBe(true);
  });

  it('says what is wrong with a directory and a missing folder, in one line with exit 2', async () => {
    const dir = folder();
    fs.mkdirSync(path.join(dir, 'reports'));
    const io = fakeStdout().io(dir);
    expect(await failure(writeOutput('x', { io, out: 'reports' }))).toEqual({ message: 'cannot write reports: is a directory', exitCode: 2 });
    expect(await failure(writeOutput('x', { io, out: 'nope/r.md' }))).toEqual({ message: 'cannot write nope/r.md: no such file or directory', exitCode: 2 });
  });
});

describe('refusing the run’s own inputs', () => {
  function setUp() {
    const dir = folder();
    fs.mkdirSync(path.join(dir, 'data'));
    fs.writeFileSync(path.join(dir, 'a.sla.yaml'), 'sla: 1\n');
    fs.writeFileSync(path.join(dir, 'data', 'incidents.csv'), 'start,end\n');
    fs.writeFileSync(path.join(dir, '.slarc.yaml'), 'rules: {}\n');
    const inputs = [
      { path: path.join(dir, 'a.sla.yaml'), what: 'the agreement' },
      ...configInputs([dir]),
      ...dataInputs([{ path: path.join(dir, 'data', 'incidents.csv'), sources: [{ name: 'incidents' }] }]),
    ];
    return { dir, io: fakeStdout().io(dir), inputs };
  }

  it('refuses the agreement, a data file and a config file by path, link or hard link, with exit 2', async () => {
    const { dir, io, inputs } = setUp();
    fs.symlinkSync('a.sla.yaml', path.join(dir, 'soft.yaml'));
    fs.linkSync(path.join(dir, 'a.sla.yaml'), path.join(dir, 'hard.yaml'));
    const cases: [string, string][] = [
      ['a.sla.yaml', 'the agreement'],
      ['./data/../a.sla.yaml', 'the agreement'],
      ['soft.yaml', 'the agreement'],
      ['hard.yaml', 'the agreement'],
      ['data/incidents.csv', "data source 'incidents'"],
      ['.slarc.yaml', 'the config file .slarc.yaml'],
    ];
    for (const [out, what] of cases) {
      expect(await failure(writeOutput('report', { io, out, inputs }))).toEqual({ message: `--out ${out} is a file this run reads (${what}); choose another file`, exitCode: 2 });
      expect(() => checkOutput({ io, out, inputs })).toThrow(`(${what})`);
    }
    expect(fs.readFileSync(path.join(dir, 'a.sla.yaml'), 'utf8')).toBe('sla: 1\n');
    expect(fs.readFileSync(path.join(dir, 'data', 'incidents.csv'), 'utf8')).toBe('start,end\n');
  });

  it('lets through a copy, a new file and standard output', async () => {
    const { dir, io, inputs } = setUp();
    fs.copyFileSync(path.join(dir, 'a.sla.yaml'), path.join(dir, 'copy.yaml'));
    await writeOutput('report', { io, out: 'copy.yaml', inputs });
    await writeOutput('report', { io, out: 'new.md', inputs });
    await writeOutput('report', { io, inputs });
    expect(fs.readFileSync(path.join(dir, 'copy.yaml'), 'utf8')).toBe('report');
  });

  it('lists the config file of each folder and of every parent, once', () => {
    const dir = folder();
    const found = configInputs([path.join(dir, 'a', 'b'), path.join(dir, 'a')]).map((c) => c.path);
    expect(found).toContain(path.join(dir, 'a', 'b', '.slarc.yaml'));
    expect(found).toContain(path.join(dir, '.slarc.yaml'));
    expect(found).toContain(path.join(path.parse(dir).root, '.slarc.yaml'));
    expect(new Set(found).size).toBe(found.length);
  });
});
