import type { RowCells } from '../../rows/cells';
import { decimalCell } from '../decimal-cell';
import type { ExactSums } from '../exact-sums';
import type { SourceFrame } from '../source';

/**
 * The good and total cells of a `counts` row, read exactly (the text is kept
 * only when a cell is beyond the fast decimal path), for kinds that sum them:
 * ratio per period, sliced availability per slice.
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
  }

  /** Adds the last row read to index i of both sums. */
  addTo(good: ExactSums, total: ExactSums, i: number): void {
    good.add(i, this.good, this.goodText);
    total.add(i, this.total, this.totalText);
  }
}
