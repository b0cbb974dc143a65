import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { MAX_FILE_BYTES } from '../../src/core/load';
import { MAX_AGREEMENT_BYTES, readBytes, readStdin } from '../../src/io/files';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-bounded-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A stream that never ends, as standard input fed from /dev/zero. */
function endless(): Readable & { pulled: () => number } {
  let pulled = 0;
  const stream = new Readable({
    read() {
      pulled += 65536;
      this.push(Buffer.alloc(65536));
    },
  });
  return Object.assign(stream, { pulled: () => pulled });
}

describe('reading an agreement stops past the limit', () => {
  it('has the limit the loader reports', () => {
    expect(MAX_AGREEMENT_BYTES).toBe(MAX_FILE_BYTES);
  });

  it('reads a file whole, and at most limit + 1 bytes of a longer one', () => {
    const file = path.join(scratch, 'big.sla.yaml');
    fs.writeFileSync(file, Buffer.alloc(5000, 0x20));
    expect(readBytes(file, scratch, 10_000).length).toBe(5000);
    expect(readBytes(file, scratch, 4096).length).toBe(4097);
  });

  it('reads at most limit + 1 bytes of standard input that never ends', async () => {
    const stdin = endless();
    const bytes = await readStdin(stdin, 200_000);
    expect(bytes.length).toBe(200_001);
    expect(stdin.pulled()).toBeLessThan(200_000 + 4 * 65536);
  });

  it('reads at most limit + 1 bytes of a FIFO whose writer never stops', async () => {
    const fifo = path.join(scratch, 'endless');
    execFileSync('mkfifo', [fifo]);
    // a writer that never stops: it ends when the reader has gone (EPIPE)
    const writer = spawn(process.execPath, ['-e', `const fs = require('fs'); const fd = fs.openSync(${JSON.stringify(fifo)}, 'w'); const b = Buffer.alloc(65536); try { for (;;) fs.writeSync(fd, b); } catch {}`]);
    const ended = new Promise((resolve) => writer.on('exit', resolve));
    expect(readBytes(fifo, scratch, 300_000).length).toBe(300_001);
    await ended;
  });

  it('says which file it cannot read', () => {
    expect(() => readBytes('missing.sla.yaml', scratch)).toThrow('cannot read missing.sla.yaml: no such file or directory');
    expect(() => readBytes('.', scratch)).toThrow('cannot read .: is a directory');
  });
});
