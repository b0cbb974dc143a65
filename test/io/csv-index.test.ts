import fc from 'fast-check';
import { createStructuralIndex, INDEX_CAPACITY, NEWLINE_BYTE, NOT_COMMA, POSITION } from '../../src/io/csv-index';

describe('the structural index', () => {
  const index = createStructuralIndex();

  it('is available here (Node 20 has WebAssembly SIMD)', () => {
    expect(index).not.toBeNull();
  });

  it('lists every , \\n and " with its byte, and tells whether all bytes are ASCII, for any bytes and length', () => {
    const byte = fc.oneof(fc.constantFrom(44, 10, 34, 13, 97, 48), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 200 }), (bytes) => {
        const buf = Uint8Array.from(bytes);
        const got = Array.from(index!.scan(buf));
        const want: number[] = [];
        buf.forEach((b, i) => {
          if (b === 44 || b === 10 || b === 34) want.push(i | (b << 24));
        });
        expect(got).toEqual(want);
        expect(index!.ascii).toBe(buf.every((b) => b < 0x80));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes a full buffer; its entries decode with the masks the reader uses', () => {
    const buf = new Uint8Array(INDEX_CAPACITY).fill(120);
    buf[0] = 44;
    buf[INDEX_CAPACITY - 17] = 34;
    buf[INDEX_CAPACITY - 1] = 10;
    const entries = Array.from(index!.scan(buf));
    expect(entries.map((e) => e & POSITION)).toEqual([0, INDEX_CAPACITY - 17, INDEX_CAPACITY - 1]);
    expect(entries.map((e) => (e & NOT_COMMA) !== 0)).toEqual([false, true, true]);
    expect(entries.map((e) => (e & ~POSITION) === NEWLINE_BYTE)).toEqual([false, false, true]);
  });
});
