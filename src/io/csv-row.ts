import { InputError } from '../core/errors';
import { CsvCells, HIGH, QUOTED, ESCAPED } from './csv-decode';
import { checkHeader } from './csv-header';
import { positionAt, type CsvPosition } from './csv-position';
import { closingQuote, countNewlines, extraFieldStart, hasHighByte } from './csv-scan';

/** A structural defect in one row; the reader skips the row when the handler returns. */
export type InvalidRowHandler = (reason: string, at: CsvPosition) => void;

/**
 * The CSV reader's row-at-a-time part: reads one row (or blank line) byte
 * by byte, the header included, with all of RFC 4180 (quotes, doubled
 * quotes, newlines in quoted cells, CRLF), reports bad rows, and keeps the
 * current row's cells and position. The reader (csv.ts) drives it over
 * chunks, and hands it every row its fast path does not take.
 */
export abstract class CsvRowReader {
  protected headerDone = false;
  /** Per header column, the wanted cell it fills, or -1. */
  protected slotOf: Int32Array = new Int32Array(0);
  /** Per wanted cell, its column in the header. */
  protected colOf: Int32Array = new Int32Array(0);
  protected width = 0;
  /** The current row's wanted cells. */
  readonly cells: CsvCells;
  protected emit: (cells: CsvCells) => void = () => {};
  private readonly headStarts: number[] = [];
  private readonly headEnds: number[] = [];
  private readonly headFlags: number[] = [];
  protected buf: Buffer = Buffer.alloc(0);
  protected rowStart = 0;
  /** Physical line on which the current row starts (1 = header). */
  line = 1;
  rows = 0;
  header: string[] = [];
  /** Where the header row ends, in the bytes of the first write (which must hold all of it). */
  headerEnd = -1;

  constructor(
    readonly file: string,
    protected readonly wanted: readonly string[],
    protected readonly onInvalid: InvalidRowHandler = (reason, at) => {
      throw new InputError(`${file}:${at.line}:${at.column}: ${reason}`);
    },
  ) {
    this.cells = new CsvCells(wanted.length);
  }

  /** While a row is being handled: where the cell of `wanted[index]` starts. */
  positionOf(index: number): CsvPosition {
    const c = this.cells;
    const at = c.flags[index]! & QUOTED ? c.starts[index]! - 1 : c.starts[index]!;
    return positionAt(this.buf, this.rowStart, at, this.line);
  }

  /** Reads the row (or blank line) at i byte by byte; where the next starts, or -1 when its end is not in buf yet. */
  protected row(buf: Buffer, i: number, final: boolean, ascii: boolean): number {
    const n = buf.length;
    const rowStart = i;
    this.rowStart = rowStart;
    if (buf[i] === 10 || buf[i] === 13) {
      const skip = buf[i] === 10 ? 1 : i + 1 >= n ? (final ? 1 : 0) : buf[i + 1] === 10 ? 2 : 0;
      if (skip === 0 && i + 1 >= n) return -1;
      if (skip > 0) {
        // blank lines carry no row
        this.line++;
        return i + skip;
      }
    }
    const cells = this.cells;
    const starts = cells.starts;
    const ends = cells.ends;
    const flags = cells.flags;
    let field = 0;
    let cellStart = i;
    let extraLines = 0;
    const slotOf = this.slotOf;
    const width = this.width;
    const header = !this.headerDone;
    if (header) this.headStarts.length = this.headEnds.length = this.headFlags.length = 0;
    for (;;) {
      let end: number;
      let flag = 0;
      let stop: number;
      if (i < n && buf[i] === 34) {
        const quoted = closingQuote(buf, i + 1, final);
        if (quoted === null) {
          if (!final) return -1;
          this.invalid('unterminated quoted field (a " is never closed)', i);
          return n;
        }
        cellStart = i + 1;
        end = quoted.at;
        flag = QUOTED | (quoted.escaped ? ESCAPED : 0) | (quoted.high ? HIGH : 0);
        extraLines += quoted.lines;
        i = quoted.at + 1;
        if (i < n && buf[i] === 13) {
          if (i + 1 < n) {
            if (buf[i + 1] === 10) i++;
          } else if (!final) return -1;
          else i++;
        }
        if (i >= n) {
          if (!final) return -1;
          stop = 10;
        } else if (buf[i] === 44 || buf[i] === 10) {
          stop = buf[i]!;
        } else {
          return this.skipBadRow(buf, i, 'unexpected character after a closing quote', final);
        }
      } else {
        // every byte above ',' is cell content
        for (; i < n; i++) {
          const b = buf[i]!;
          if (b <= 44 && (b === 44 || b === 10)) break;
        }
        if (i >= n && !final) return -1;
        stop = i < n ? buf[i]! : 10;
        end = stop === 10 && i > cellStart && buf[i - 1] === 13 ? i - 1 : i;
        if (!ascii) flag = hasHighByte(buf, cellStart, end) ? HIGH : 0;
      }
      if (header) {
        this.headStarts.push(cellStart);
        this.headEnds.push(end);
        this.headFlags.push(flag | HIGH);
      } else if (field < width) {
        const slot = slotOf[field]!;
        if (slot >= 0) {
          starts[slot] = cellStart;
          ends[slot] = end;
          flags[slot] = flag;
        }
      }
      field++;
      i++;
      cellStart = i;
      if (stop === 10) break;
    }
    if (header) this.takeHeader(buf, field, i);
    else if (field !== width) {
      const at = field < width ? i - 1 : extraFieldStart(buf, rowStart, width);
      this.onInvalid(`row has ${field} fields; the header has ${width}`, positionAt(buf, rowStart, at, this.line));
    } else {
      this.rows++;
      this.emit(cells);
    }
    this.line += 1 + extraLines;
    return i;
  }

  /** Reports a bad row; where the next row starts, or -1 when that is not in this buffer yet. */
  private skipBadRow(buf: Buffer, at: number, reason: string, final: boolean): number {
    const nl = buf.indexOf(10, at);
    if (nl < 0 && !final) return -1;
    this.onInvalid(reason, positionAt(buf, this.rowStart, at, this.line));
    this.line += 1 + countNewlines(buf, this.rowStart, at);
    return nl < 0 ? buf.length : nl + 1;
  }

  private takeHeader(buf: Buffer, count: number, end: number): void {
    const names: string[] = [];
    for (let k = 0; k < count; k++) {
      let s = buf.toString('utf8', this.headStarts[k], this.headEnds[k]);
      if (this.headFlags[k]! & ESCAPED) s = s.replaceAll('""', '"');
      names.push(s.trim());
    }
    this.headerEnd = end;
    this.useHeader(names);
  }

  /**
   * Sets the header without reading it: for a reader that starts inside a
   * file, at a row boundary found by someone else (a worker's byte range).
   */
  useHeader(names: string[]): void {
    this.header = names;
    checkHeader(this.file, names, this.wanted);
    this.width = names.length;
    this.slotOf = new Int32Array(names.length).fill(-1);
    // a name wanted twice takes the column it names the second time (Jira's repeated columns)
    const seen = new Map<string, number>();
    this.colOf = Int32Array.from(this.wanted, (w) => {
      let col = -1;
      for (let n = seen.get(w) ?? 0; n >= 0; n--) col = names.indexOf(w, col + 1);
      seen.set(w, (seen.get(w) ?? 0) + 1);
      return col;
    });
    this.colOf.forEach((col, slot) => {
      if (col >= 0) this.slotOf[col] = slot;
    });
    this.headerDone = true;
  }

  private invalid(reason: string, at: number): void {
    this.onInvalid(reason, positionAt(this.buf, this.rowStart, at, this.line));
  }
}
