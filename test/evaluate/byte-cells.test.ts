import fc from 'fast-check';
import { createTimestampParser, getZone, type DstPolicy } from '../../src/time';
import { createByteTimeParser } from '../../src/evaluate/byte-time';
import { TextCells, textEquals } from '../../src/rows/cells';
import { strictNumber } from '../../src/core/row-filter';
import { cellNumber } from '../../src/evaluate/conditions';
import { decimalCell, NEEDS_TEXT, readDecimal, readDecimalBytes } from '../../src/evaluate/decimal-cell';

const two = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => String(n).padStart(2, '0'));

/** Mostly `valid`, sometimes one of `off`. */
const part = (valid: fc.Arbitrary<string>, ...off: string[]) => fc.oneof({ arbitrary: valid, weight: 5 }, { arbitrary: fc.constantFrom(...off), weight: 1 });

/** Timestamps mostly well formed, with every part sometimes off, and sometimes plain junk. */
const timestamp = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        year: part(fc.constantFrom('2026', '2024', '2025', '2027'), '20x6'),
        month: part(two(1, 12), '00', '13', '1'),
        day: part(two(1, 28), '29', '30', '31', '00', '32'),
        sep: part(fc.constantFrom('T', 't', ' '), 'X'),
        hour: part(two(0, 23), '24', '2'),
        minute: part(two(0, 59), '60'),
        second: part(two(0, 59).map((s) => `:${s}`), '', ':60', ':5', ':', ':6a', ':a5', ':99'),
        fraction: fc.oneof({ arbitrary: fc.constant(''), weight: 3 }, { arbitrary: fc.constantFrom('.5', '.123', '.123456', ',25', '.'), weight: 1 }),
        zone: part(fc.constantFrom('Z', 'z', ''), '+02:00', '-05:30', '+0100', '+01', '+24:00', '+01:60', '+1', 'Zx', '+01:00:00', 'Y'),
        dateOnly: fc.boolean(),
      })
      .map((p) =>
        p.dateOnly ? `${p.year}-${p.month}-${p.day}` : `${p.year}-${p.month}-${p.day}${p.sep}${p.hour}:${p.minute}${p.second}${p.second ? p.fraction : ''}${p.zone}`,
      ),
  },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('2', '0', '6', '-', ':', 'T', 'Z', '+', '.', '1', ' '), maxLength: 28 }) },
  // around the Berlin DST changes: gaps and folds in local times
  { weight: 1, arbitrary: fc.constantFrom('2026-03-29T02:30:00', '2026-10-25T02:30:00', '2026-03-29T01:59:59', '2026-10-25T03:00:00', '2026-03-29', '2026-10-25') },
);

describe('createByteTimeParser', () => {
  it('gives the text parser’s instant, or NaN where the text parser must decide (errors, blanks)', () => {
    fc.assert(
      fc.property(
        fc.array(timestamp, { minLength: 1, maxLength: 12 }),
        fc.constantFrom<DstPolicy>('reject', 'earlier', 'later'),
        fc.constantFrom('Europe/Berlin', 'UTC', 'America/New_York'),
        (texts, dst, zoneName) => {
          const zone = getZone(zoneName);
          const byText = createTimestampParser(zone, dst);
          const byBytes = createByteTimeParser(zone, dst); // one parser for the whole run: its caches carry over
          const cells = TextCells.of(texts);
          texts.forEach((text, i) => {
            const want = byText(text);
            const got = byBytes(cells.bytes, cells.starts[i]!, cells.ends[i]!);
            const blank = text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32);
            if (typeof want === 'number' && !blank) expect(got).toBe(want);
            else expect(got).toBeNaN();
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reuses the date and minute of the row before only when they are the same bytes', () => {
    const parse = createByteTimeParser(getZone('Europe/Berlin'), 'reject');
    const cells = TextCells.of(['2026-01-01T10:00:01Z', '2026-01-01T10:00:02Z', '2026-01-01T10:01:02Z', '2026-01-01T10:01:02+01:00', '2026-01-01T10:01:02']);
    const at = (i: number) => parse(cells.bytes, cells.starts[i]!, cells.ends[i]!);
    expect([0, 1, 2, 3, 4].map(at)).toEqual([
      Date.parse('2026-01-01T10:00:01Z'),
      Date.parse('2026-01-01T10:00:02Z'),
      Date.parse('2026-01-01T10:01:02Z'),
      Date.parse('2026-01-01T09:01:02Z'),
      Date.parse('2026-01-01T09:01:02Z'),
    ]);
  });
});

describe('createByteTimeParser, the usual shape YYYY-MM-DDTHH:MM:SSZ', () => {
  it('reads it exactly, day after day, and leaves every doubtful one to the text parser', () => {
    const parse = createByteTimeParser(getZone('Europe/Berlin'), 'reject');
    const texts = ['2026-12-31T23:59:59Z', '2027-01-01T00:00:00Z', '2024-02-29T12:34:56Z', '2027-01-01T00:00:01Z', '2026-02-29T10:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T10:60:00Z', '2026-01-01T10:00:60Z', '2026-01-01T1a:00:00Z', '2026-01-01t10:00:00Z'];
    const cells = TextCells.of(texts);
    const got = texts.map((_, i) => parse(cells.bytes, cells.starts[i]!, cells.ends[i]!));
    const byText = createTimestampParser(getZone('Europe/Berlin'), 'reject');
    expect(got.slice(0, 4)).toEqual(texts.slice(0, 4).map((t) => Date.parse(t)));
    // not a time (29 February 2026, hour 24, minute or second 60, a letter): NaN, and the text parser says why
    for (let i = 4; i < 9; i++) {
      expect(got[i]).toBeNaN();
      expect(typeof byText(texts[i]!)).toBe('object');
    }
    // a lower-case t is the general walk's, with the same instant
    expect(got[9]).toBe(Date.parse('2026-01-01T10:00:00Z'));
  });
});

const numberText = fc.oneof(
  fc.string({ unit: fc.constantFrom('0', '1', '9', '.', 'e', 'E', '+', '-', 'x', ' '), maxLength: 12 }),
  fc.double({ noNaN: true }).map(String),
  fc.integer().map(String),
  fc.constantFrom('1e400', '-1e400', '1e-400', '12345678901234567890', '0.1234567890123456789', '1e22', '1e23', '-0', '007'),
);

describe('numbers from bytes', () => {
  it('readDecimalBytes reads what readDecimal reads, or asks for the text', () => {
    fc.assert(
      fc.property(numberText, (text) => {
        const cells = TextCells.of([text]);
        const a = decimalCell();
        const b = decimalCell();
        const want = readDecimal(text, a);
        const got = readDecimalBytes(cells.bytes, cells.starts[0]!, cells.ends[0]!, b);
        // the text path: over 15 digits or a large exponent (a slow number, or out of range)
        if (got === NEEDS_TEXT) expect(want !== 0 || !a.fast).toBe(true);
        else {
          expect(got).toBe(want);
          if (want === 0) expect(b).toEqual(a);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('cellNumber is strictNumber of the cell’s text', () => {
    fc.assert(
      fc.property(numberText, fc.constantFrom('', 'ü'), (text, high) => {
        // a non-ASCII cell goes through text(): the same answer either way
        const cells = TextCells.of([text, text + high]);
        expect(cellNumber(cells, 0)).toBe(strictNumber(text));
        expect(cellNumber(cells, 1)).toBe(strictNumber(text + high));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('TextCells and textEquals', () => {
  it('lays strings out as bytes; non-ASCII cells keep their text', () => {
    const cells = TextCells.of(['shop-hosting', 'Kühn', '']);
    const is = (text: string) => textEquals(text);
    expect(is('shop-hosting')(cells, 0)).toBe(true);
    expect(is('shop-hostin')(cells, 0)).toBe(false);
    expect(is('shop-hostinG')(cells, 0)).toBe(false);
    expect(is('Kühn')(cells, 1)).toBe(true);
    expect(is('Kuhn')(cells, 1)).toBe(false);
    expect(is('')(cells, 2)).toBe(true);
    expect(cells.text(1)).toBe('Kühn');
  });

  it('textEquals agrees with === on any pair of strings', () => {
    const s = fc.string({ unit: fc.constantFrom('a', 'b', '/', 'ü', '1'), maxLength: 14 });
    fc.assert(fc.property(s, s, (a, b) => expect(textEquals(a)(TextCells.of([b]), 0)).toBe(a === b)), { numRuns: 2000 });
  });
});
