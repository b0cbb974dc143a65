import { quoteInput } from '../../core/control-chars';
import { RowError } from '../../rows';
import type { RowCells } from '../../rows/cells';
import { cmp, dec, type Dec } from '../decimal';
import { decimalCell, type DecimalCell } from '../decimal-cell';
import type { ExactSums } from '../exact-sums';
import type { SourceFrame } from '../source';

/**
 * The good and total cells of a `counts` row, read exactly (the text is kept
 * only when a cell is beyond the fast decimal path), for kinds that sum them:
 * ratio per period, sliced availability per slice. A row whose counts cannot
 * be (a negative count, more good than total) is a row error: summed, it
 * would make a ratio above 100% and a negative error budget read as met.
 */
export class CountsRow {
  private readonly good = decimalCell();
  private readonly total = decimalCell();
  private goodText = '';
  private totalText = '';

  constructor(
    private readonly source: SourceFrame,
    private readonly goodCol: number,
    private readonly totalCol: number,
  ) {}

  /** Reads the row; throws RowError on a bad cell, before anything is added. */
  read(cells: RowCells): void {
    this.source.decimal(cells, this.goodCol, this.good);
    this.source.decimal(cells, this.totalCol, this.total);
    this.goodText = this.good.fast ? '' : cells.text(this.goodCol);
    this.totalText = this.total.fast ? '' : cells.text(this.totalCol);
    if (this.good.value < 0) throw new RowError(this.goodCol, `a count cannot be negative: good is ${quoteInput(cells.text(this.goodCol))}`);
    if (this.total.value < 0) throw new RowError(this.totalCol, `a count cannot be negative: total is ${quoteInput(cells.text(this.totalCol))}`);
    if (this.goodExceedsTotal()) {
      const g = quoteInput(cells.text(this.goodCol));
      const t = quoteInput(cells.text(this.totalCol));
      throw new RowError(this.goodCol, `good ${g} is more than total ${t} (good counts are part of the total)`);
    }
  }

  /**
   * Cells on the fast path have at most 15 significant digits, so their
   * doubles are distinct and in the same order as the decimals; others are
   * compared as exact decimals.
   */
  private goodExceedsTotal(): boolean {
    if (this.good.fast && this.total.fast) return this.good.value > this.total.value;
    if (this.good.value < this.total.value) return false;
    return cmp(exact(this.good, this.goodText), exact(this.total, this.totalText)) > 0;
  }

  /** Adds the last row read to index i of both sums. */
  addTo(good: ExactSums, total: ExactSums, i: number): void {
    good.add(i, this.good, this.goodText);
    total.add(i, this.total, this.totalText);
  }
}

function exact(cell: DecimalCell, text: string): Dec {
  return cell.fast ? { m: BigInt(cell.mantissa), e: cell.scale } : dec(text);
}
