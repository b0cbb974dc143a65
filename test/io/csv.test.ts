import { CsvReader, type CsvPosition, type CsvReaderOptions } from '../../src/io/csv';
import { isSlaError } from '../../src/core/errors';

interface Read {
  rows: string[][];
  invalid: string[];
}

function readWith(bytes: Buffer, wanted: string[], chunk: number, options: CsvReaderOptions): Read {
  const rows: string[][] = [];
  const invalid: string[] = [];
  const reader = new CsvReader('f.csv', wanted, (cells) => rows.push(cells), (reason: string, at: CsvPosition) => {
    invalid.push(`${at.line}:${at.column}: ${reason}`);
  }, options);
  for (let i = 0; i < bytes.length; i += chunk) reader.write(bytes.subarray(i, i + chunk));
  reader.end();
  return { rows, invalid };
}

/** Reads byte by byte and through the structural index (every buffer): both must agree. */
function read(data: string | Buffer, wanted: string[], chunk = 1 << 20): Read {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const bytewise = readWith(bytes, wanted, chunk, { indexFrom: Infinity });
  expect(readWith(bytes, wanted, chunk, { indexFrom: 1 })).toEqual(bytewise);
  return bytewise;
}

function everyChunkSize(data: string, wanted: string[]): Read {
  const whole = read(data, wanted);
  const n = Buffer.byteLength(data);
  for (let size = 1; size <= n; size++) expect(read(data, wanted, size)).toEqual(whole);
  return whole;
}

describe('CsvReader', () => {
  it('selects columns by name in the order asked', () => {
    const { rows } = read('a,b,c\n1,2,3\n4,5,6\n', ['c', 'a']);
    expect(rows).toEqual([
      ['3', '1'],
      ['6', '4'],
    ]);
  });

  it('reads quotes, doubled quotes, embedded commas and newlines', () => {
    const data = 'id,text,n\n1,"say ""hi"", then\nleave",7\n2,"",8\n3,plain,9';
    const { rows } = everyChunkSize(data, ['id', 'text', 'n']);
    expect(rows).toEqual([
      ['1', 'say "hi", then\nleave', '7'],
      ['2', '', '8'],
      ['3', 'plain', '9'],
    ]);
  });

  it('reads CRLF and LF alike, with a BOM and blank lines', () => {
    const data = '\ufeffa,b\r\n1,x\r\n\r\n2,"y"\r\n3,z\n\n';
    const { rows } = everyChunkSize(data, ['a', 'b']);
    expect(rows).toEqual([
      ['1', 'x'],
      ['2', 'y'],
      ['3', 'z'],
    ]);
  });

  it('decodes UTF-8 cells and interns repeated short ones', () => {
    const data = 'name,route\nKühn,/a\n日本,/a\nplain,/a\n';
    const { rows } = everyChunkSize(data, ['name', 'route']);
    expect(rows.map((r) => r[0])).toEqual(['Kühn', '日本', 'plain']);
    expect(rows.map((r) => r[1])).toEqual(['/a', '/a', '/a']);
  });

  it('gives the same rows for every chunk size, hash collisions included', () => {
    const lines = ['t,s,v'];
    for (let i = 0; i < 40; i++) lines.push(`2026-01-0${(i % 9) + 1}T00:00:00Z,s${i % 5},"${i % 3 ? i : `q""${i}`}"`);
    const data = lines.join('\r\n');
    const { rows } = everyChunkSize(data, ['v', 's', 't']);
    expect(rows).toHaveLength(40);
    expect(rows[3]).toEqual(['q"3', 's3', '2026-01-04T00:00:00Z']);
    expect(rows[4]).toEqual(['4', 's4', '2026-01-05T00:00:00Z']);
  });

  it('names the missing column and the columns that exist', () => {
    expect(() => read('timestamp,service,route\n', ['latency'])).toThrow(
      "f.csv: no column 'latency' (columns: timestamp, service, route)",
    );
  });

  it('lists at most 8 names of a long header, each cut at 40 characters', () => {
    const names = ['ts', `${'n'.repeat(50)}`, 'Straße', ...Array.from({ length: 17 }, (_, i) => `c${i}`)];
    expect(() => read(`${names.join(',')}\n`, ['latency'])).toThrow(
      `f.csv: no column 'latency' (columns: ts, ${'n'.repeat(40)}…, Straße, c0, c1, c2, c3, c4, … (20 in all))`,
    );
  });

  it('does not echo a first line that is not text (a binary, /proc/self/environ)', () => {
    const environ = 'SLA_TEST_SECRET=tok-1\u0000HOME=/root\u0000PATH=/bin\u0000';
    let message = '';
    try {
      read(environ, ['started_at']);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe(
      "f.csv: no column 'started_at' (the first line is not a CSV header: it holds control characters or bytes that are not UTF-8; is this the right file?)",
    );
    expect(() => read(Buffer.from([0x61, 0x2c, 0xff, 0xfe, 0x0a]), ['x'])).toThrow('the first line is not a CSV header');
  });

  it('refuses two columns with the name of a wanted column, naming both; other duplicates do no harm', () => {
    expect(() => read('t,latency,route,latency\n', ['latency'])).toThrow("f.csv: columns 2 and 4 are both named 'latency'; rename one so that it is clear which to read");
    expect(read('t,route,route\n2026-01-01,a,b\n', ['t']).rows).toEqual([['2026-01-01']]);
  });

  it('refuses an empty file', () => {
    let error: unknown;
    try {
      read('', ['a']);
    } catch (e) {
      error = e;
    }
    expect(isSlaError(error) && error.exitCode).toBe(2);
  });

  it('reports ragged rows and keeps reading', () => {
    const data = 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n';
    const { rows, invalid } = everyChunkSize(data, ['a']);
    expect(rows).toEqual([['1'], ['10']]);
    expect(invalid).toEqual(['3:4: row has 2 fields; the header has 3', '4:7: row has 4 fields; the header has 3']);
  });

  it('reports an unterminated quote where it opens', () => {
    const { rows, invalid } = everyChunkSize('a,b\n1,2\n3,"open\n4,5\n', ['a', 'b']);
    expect(rows).toEqual([['1', '2']]);
    expect(invalid).toEqual(['3:3: unterminated quoted field (a " is never closed)']);
  });

  it('reports text after a closing quote and resumes on the next line', () => {
    const { rows, invalid } = everyChunkSize('a,b\n"1"x,2\n3,4\n', ['a', 'b']);
    expect(rows).toEqual([['3', '4']]);
    expect(invalid).toEqual(['2:4: unexpected character after a closing quote']);
  });

  it('tracks lines across embedded newlines and columns in characters', () => {
    const data = 'a,b,c\n"x\ny",ü€,bad\nü,é,here\n';
    const at: string[] = [];
    const reader = new CsvReader('f.csv', ['a', 'b', 'c'], () => {
      at.push(['a', 'b', 'c'].map((_, k) => `${reader.positionOf(k).line}:${reader.positionOf(k).column}`).join(' '));
    });
    reader.write(Buffer.from(data));
    reader.end();
    expect(at).toEqual(['2:1 3:4 3:7', '4:1 4:3 4:5']);
    expect(reader.line).toBe(5);
  });

  it('gives plain rows after a quoted one their own positions, through the structural index too', () => {
    for (const indexFrom of [1, Infinity]) {
      const at: string[] = [];
      const reader: CsvReader = CsvReader.forCells(
        'f.csv',
        ['a', 'b'],
        (cells) => at.push(`${cells.text(0)}@${reader.positionOf(0).column} ${cells.text(1)}@${reader.positionOf(1).column} ${cells.flags[0]}${cells.flags[1]}`),
        undefined,
        { indexFrom },
      );
      reader.write(Buffer.from('a,b\n"x","y"\n1,2\n"p""q",r\n3,4\n'));
      reader.end();
      expect(at).toEqual(['x@1 y@5 22', '1@1 2@3 00', 'p"q@1 r@8 60', '3@1 4@3 00']);
    }
  });

  it('lets the row handler throw to stop the read', () => {
    const reader = new CsvReader('f.csv', ['a'], () => {
      throw new Error('stop');
    });
    expect(() => reader.write(Buffer.from('a\n1\n'))).toThrow('stop');
  });
});
