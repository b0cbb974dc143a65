import { RowError } from '../../rows';
import type { RowCells } from '../../rows/cells';
import { decimalCell, DECIMAL_OK, POW10, readDecimal } from '../decimal-cell';

const cell = decimalCell();

/**
 * A `downtime.weight` cell: a share from 0 to 1 (`0.4`) or a percentage
 * (`40%`), as the nearest double of the decimal written. At most 15
 * significant digits, so that the double prints back as that decimal
 * (decimalShare) and two weights compare exactly as doubles.
 */
export function readWeight(cells: RowCells, i: number): number {
  const text = cells.text(i).trim();
  const percent = text.endsWith('%');
  const digits = percent ? text.slice(0, -1).trimEnd() : text;
  const bad = () => new RowError(i, `not a share from 0 to 1 or a percentage such as 40%: "${text}"`);
  if (readDecimal(digits, cell) !== DECIMAL_OK) throw bad();
  if (!cell.fast) throw new RowError(i, `a weight has at most 15 significant digits: "${text}"`);
  const scale = cell.scale + (percent ? 2 : 0);
  if (scale > 22) throw new RowError(i, `a weight has at most 15 significant digits: "${text}"`);
  const value = cell.mantissa === 0 ? 0 : cell.mantissa / POW10[scale]!;
  if (!(value >= 0 && value <= 1)) throw bad();
  return value;
}
