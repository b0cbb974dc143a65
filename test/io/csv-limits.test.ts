import { CsvReader, MAX_ROW_BYTES } from '../../src/io/csv';

/** A kill timer, not a time limit: a reader back to quadratic time fails here instead of hanging the run. */
const GIVE_UP_MS = 60_000;

/**
 * Feeds chunks from `next` until the reader throws: the message, and how
 * many bytes it took. It yields between chunks, as a stream read does.
 */
async function readUntilRefused(next: (k: number) => Buffer, wanted: string[]): Promise<{ message: string; fed: number }> {
  const reader = new CsvReader('f.csv', wanted, () => undefined);
  const giveUp = Date.now() + GIVE_UP_MS;
  let fed = 0;
  for (let k = 0; fed <= 2 * MAX_ROW_BYTES && Date.now() < giveUp; k++) {
    const chunk = next(k);
    try {
      reader.write(chunk);
    } catch (e) {
      return { message: (e as Error).message, fed: fed + chunk.length };
    }
    fed += chunk.length;
    await new Promise(setImmediate);
  }
  return { message: `not refused after ${fed} bytes`, fed };
}

const CHUNK = 1 << 16;
const zeros = Buffer.alloc(CHUNK);

describe('a row longer than MAX_ROW_BYTES', () => {
  // before the reader waited for a long row's bytes to double, each 64 KB
  // chunk re-read the whole row: this took many minutes
  it('is refused at its start in one pass, for bytes with no line break (/dev/zero as a data file)', async () => {
    const { message, fed } = await readUntilRefused(() => zeros, ['a']);
    expect(message).toBe('f.csv:1:1: a row longer than 64 MB (no line break: is it a CSV file?)');
    expect(fed).toBeLessThanOrEqual(MAX_ROW_BYTES + 2 * CHUNK);
  }, GIVE_UP_MS + 10_000);

  it('is refused at its opening quote when a quote is never closed, lines after it counted', async () => {
    const head = Buffer.from('a,b\n1,2\n3,"never closed\n');
    const lines = Buffer.from('x,y\n'.repeat(CHUNK / 4));
    const { message } = await readUntilRefused((k) => (k === 0 ? head : lines), ['a', 'b']);
    expect(message).toBe('f.csv:3:3: a row longer than 64 MB (is a " never closed?)');
  }, GIVE_UP_MS + 10_000);

  it('still reads rows that span many small chunks', () => {
    const rows: string[][] = [];
    const reader = new CsvReader('f.csv', ['a', 'b'], (cells) => rows.push(cells));
    const long = 'y'.repeat(300_000);
    const text = Buffer.from(`a,b\n1,${long}\n2,z\n`);
    for (let i = 0; i < text.length; i += 1000) reader.write(text.subarray(i, i + 1000));
    reader.end();
    expect(rows).toEqual([
      ['1', long],
      ['2', 'z'],
    ]);
  });
});
