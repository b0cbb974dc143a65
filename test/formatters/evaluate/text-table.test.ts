import Table from 'cli-table3';
import chalk from 'chalk';
import fc from 'fast-check';
import { textTable, type TextCell } from '../../../src/formatters/evaluate/text-table';

const paint = new chalk.Instance({ level: 1 });
const PLAIN = { head: [] as string[], border: [] as string[], compact: true };

function viaCliTable3(head: string[], rows: TextCell[][]): string {
  const t = new Table({ head, style: PLAIN });
  for (const row of rows) t.push(row.map((c) => (typeof c === 'string' ? c : { ...c })));
  return t.toString();
}

// Text as the evaluate table holds it: ASCII, wide and combining characters, colour, the odd line break.
const word = fc.oneof(
  fc.constantFrom('', 'met', 'uptime-business', '2026-W09', '>= 99.5%', '€1,800.00', '￥1,800', '1 234,5', 'e\u0301', '東京', '😀', 'a\nbc', '10% (waived)'),
  fc.string({ maxLength: 6 }),
);
const styled = fc.tuple(word, fc.constantFrom<((s: string) => string) | null>(null, paint.red, paint.green, paint.dim, paint.bold)).map(([w, p]) => (p ? p(w) : w));
const cell: fc.Arbitrary<TextCell> = fc.oneof(styled, styled.map((content) => ({ content, hAlign: 'right' as const })));

describe('textTable', () => {
  it('draws what cli-table3 draws for tables without spans, byte for byte', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.nat({ max: 6 }), fc.infiniteStream(cell), fc.array(styled, { minLength: 5, maxLength: 5 }), (columns, rowCount, cells, heads) => {
        const head = heads.slice(0, columns);
        const rows = Array.from({ length: rowCount }, () => Array.from({ length: columns }, () => cells.next().value as TextCell));
        expect(textTable(head, rows)).toBe(viaCliTable3(head, rows));
      }),
      { numRuns: 600, seed: 8 },
    );
  });
});
