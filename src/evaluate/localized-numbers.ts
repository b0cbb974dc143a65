import { CELL_LIST, CELL_NEEDS_TEXT, TextCells, type RowCells } from '../rows/cells';

/** 1.234.567,89 (or with a space, no-break or narrow no-break space between the thousands), 1234,5 or 1234. */
const LOCALIZED = /^([+-]?)(\d{1,3}(?:([. \u00a0\u202f])\d{3})(?:\3\d{3})*|\d+)(?:,(\d+))?$/;

/** A number written with a decimal comma as the text readDecimal reads (`1234.5`), or null when the cell is not one. */
export function plainDecimal(text: string): string | null {
  const m = LOCALIZED.exec(text.trim());
  if (!m) return null;
  const whole = m[3] === undefined ? m[2]! : m[2]!.split(m[3]).join('');
  return `${m[1]}${whole}${m[4] === undefined ? '' : `.${m[4]}`}`;
}

/**
 * For a source with `decimal: ","`: rows whose number cells are rewritten
 * as plain decimals before any metric reads them, so sums, conditions,
 * extremes and charges all see `1234.5` for `1.234,5`. Only cells that read
 * as such a number change (and only those with a comma or grouping need
 * to); the others, and rows with none, pass through as they came.
 */
export function localizeNumbers(cells: (c: RowCells) => void): (c: RowCells) => void {
  const out = new TextCells();
  let fields: string[] = [];
  return (c) => {
    const n = c.starts.length;
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (!mayBeLocalized(c, i)) continue;
      const text = c.text(i);
      const plain = plainDecimal(text);
      if (plain === null || plain === text) continue;
      if (!changed) {
        fields = [];
        for (let k = 0; k < n; k++) fields.push(c.text(k));
        changed = true;
      }
      fields[i] = plain;
    }
    if (!changed) return cells(c);
    out.set(fields);
    // a list cell stays a list
    for (let k = 0; k < n; k++) if ((c.flags[k]! & CELL_LIST) !== 0) out.flags[k] = out.flags[k]! | CELL_LIST;
    cells(out);
  };
}

/** Whether a cell holds a ',', '.' or a blank between its first and last character (the bytes of a plain cell, else its text). */
function mayBeLocalized(c: RowCells, i: number): boolean {
  if ((c.flags[i]! & CELL_NEEDS_TEXT) !== 0) return /[,. \u00a0\u202f]/.test(c.text(i).trim());
  const b = c.bytes;
  for (let k = c.starts[i]! + 1; k < c.ends[i]! - 1; k++) {
    const x = b[k];
    if (x === 44 || x === 46 || x === 32) return true;
  }
  return false;
}
