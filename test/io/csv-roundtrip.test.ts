import fc from 'fast-check';
import { CsvReader, type CsvPosition } from '../../src/io/csv';

/** RFC 4180 writing, the brute-force twin of the reader. */
function quote(cell: string, always: boolean): string {
  return always || /[",\r\n]/.test(cell) || cell === '' ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', 'ü', '€', '日', '😀', '1', '-') , maxLength: 12 }),
  fc.constantFrom('200', '/checkout', '2026-09-01T00:00:00Z', 'shop-hosting'),
);

describe('CsvReader round trip', () => {
  it('reads back any table written as RFC 4180, in any chunking', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.record({
            width: fc.constant(width),
            rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
            crlf: fc.boolean(),
            quoteAll: fc.boolean(),
            bom: fc.boolean(),
            trailingNewline: fc.boolean(),
            chunk: fc.integer({ min: 1, max: 64 }),
            indexFrom: fc.constantFrom(1, 16, Infinity),
            pick: fc.array(fc.integer({ min: 0, max: width - 1 }), { minLength: 1, maxLength: width }),
          }),
        ),
        ({ width, rows, crlf, quoteAll, bom, trailingNewline, chunk, indexFrom, pick }) => {
          const header = Array.from({ length: width }, (_, k) => `c${k}`);
          const eol = crlf ? '\r\n' : '\n';
          // a row of one empty cell would be a blank line: the writer quotes it
          const lines = [header, ...rows].map((r) => r.map((c) => quote(c, quoteAll || (width === 1 && c === ''))).join(','));
          const text = (bom ? '\ufeff' : '') + lines.join(eol) + (trailingNewline ? eol : '');
          const bytes = Buffer.from(text, 'utf8');
          const wanted = [...new Set(pick)].map((k) => `c${k}`);
          const got: string[][] = [];
          const reader = new CsvReader('t.csv', wanted, (cells) => got.push(cells), undefined, { indexFrom });
          for (let i = 0; i < bytes.length; i += chunk) reader.write(bytes.subarray(i, i + chunk));
          reader.end();
          const expected = rows.map((r) => wanted.map((w) => r[Number(w.slice(1))]));
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});

/** Everything a read reports: rows with their lines and cell positions, and bad rows. */
function transcript(bytes: Buffer, chunk: number, indexFrom: number, cells: boolean, wanted: string[]): string[] {
  const out: string[] = [];
  const bad = (reason: string, at: CsvPosition) => out.push(`bad ${at.line}:${at.column} ${reason}`);
  const reader: CsvReader = cells
    ? CsvReader.forCells('t.csv', wanted, (c) => out.push(`${reader.line} ${wanted.map((_, k) => c.text(k)).join('|')} ${JSON.stringify(reader.positionOf(wanted.length - 1))}`), bad, { indexFrom })
    : new CsvReader('t.csv', wanted, (c) => out.push(`${reader.line} ${c.join('|')} ${JSON.stringify(reader.positionOf(wanted.length - 1))}`), bad, { indexFrom });
  try {
    for (let i = 0; i < bytes.length; i += chunk) reader.write(bytes.subarray(i, i + chunk));
    reader.end();
  } catch (e) {
    out.push(`threw ${(e as Error).message}`);
  }
  out.push(`lines ${reader.line} rows ${reader.rows}`);
  return out;
}

describe('CsvReader on any bytes', () => {
  it('reads the same through the structural index as byte by byte: rows, lines, positions, bad rows', () => {
    const text = fc.string({ unit: fc.constantFrom('x', 'ü', ',', ',', '"', '""', '\n', '\n', '\r\n', '\r', '1', ' '), maxLength: 300 });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 80 }), fc.boolean(), fc.constantFrom('a,b,c', 'a', 'c,a'), (body, chunk, cells, header) => {
        const bytes = Buffer.from(`${header}\n${body}`, 'utf8');
        const wanted = header === 'a' ? ['a'] : ['a', 'c'];
        const bytewise = transcript(bytes, chunk, Infinity, cells, wanted);
        expect(transcript(bytes, chunk, 1, cells, wanted)).toEqual(bytewise);
        expect(transcript(bytes, bytes.length, 1, cells, wanted)).toEqual(transcript(bytes, bytes.length, Infinity, cells, wanted));
      }),
      { numRuns: 1500 },
    );
  });
});
