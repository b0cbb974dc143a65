/** A cell: text (may hold colour codes and line breaks), left-aligned unless `hAlign: 'right'`. */
export type TextCell = string | { content: string; hAlign: 'right' };

interface Utils {
  strlen(text: string): number;
  colorizeLines(lines: string[]): string[];
}

// cli-table3's own measuring (string-width: colour codes stripped, wide
// characters count two) and colour handling across line breaks, so the
// tables line up exactly as before.
const { strlen, colorizeLines } = require('cli-table3/src/utils') as Utils;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

interface Laid {
  lines: string[];
  widths: number[];
  right: boolean;
}

function lay(cell: TextCell): Laid {
  const content = typeof cell === 'string' ? cell : cell.content;
  const right = typeof cell !== 'string';
  // Printable ASCII (nearly every cell) is as wide as it is long.
  if (PRINTABLE_ASCII.test(content)) return { lines: [content], widths: [content.length], right };
  const lines = colorizeLines(content.split('\n'));
  return { lines, widths: lines.map(strlen), right };
}

/**
 * cli-table3's default box table with a head row, `compact` style and
 * uncoloured borders, drawn in time linear in its cells. cli-table3 places
 * each cell by scanning every row above it for spans, quadratic in rows: a
 * table of 12,000 rows took more than 100 s. Same characters, padding, widths
 * and colour handling: its output for a table without spans is this one's,
 * byte for byte (test/formatters/evaluate/text-table.test.ts compares them).
 * Every row has the head's number of cells.
 */
export function textTable(head: readonly string[], rows: readonly (readonly TextCell[])[]): string {
  const all = [head, ...rows];
  // Widths first, then each row laid out and drawn: no second copy of every cell is kept.
  const widths = head.map(() => 0);
  for (const row of all) row.forEach((cell, x) => (widths[x] = Math.max(widths[x]!, ...lay(cell).widths)));
  const rule = (left: string, mid: string, right: string): string => left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const out = [rule('┌', '┬', '┐')];
  all.forEach((row, y) => {
    const cells = row.map(lay);
    const height = cells.reduce((h, cell) => Math.max(h, cell.lines.length), 1);
    for (let line = 0; line < height; line++) {
      const drawn = cells.map((cell, x) => {
        const text = cell.lines[line] ?? '';
        const fill = ' '.repeat(widths[x]! - (cell.widths[line] ?? 0));
        return cell.right ? ` ${fill}${text} ` : ` ${text}${fill} `;
      });
      out.push(`│${drawn.join('│')}│`);
    }
    if (y === 0 && all.length > 1) out.push(rule('├', '┼', '┤'));
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
