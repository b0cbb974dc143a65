import { isAscii } from 'buffer';
import { InputError } from '../core/errors';
import { CellDecoder, CsvCells, HIGH, QUOTED, ESCAPED } from './csv-decode';
import { positionAt, type CsvPosition } from './csv-position';
import { createStructuralIndex, INDEX_CAPACITY, NEWLINE, POSITION, QUOTE, type StructuralIndex } from './csv-index';
import { closingQuote, countNewlines, extraFieldStart, hasHighByte } from './csv-scan';

export type { CsvPosition } from './csv-position';
export { CsvCells } from './csv-decode';

/** A structural defect in one row; the reader skips the row when the handler returns. */
export type InvalidRowHandler = (reason: string, at: CsvPosition) => void;

const BOM = [0xef, 0xbb, 0xbf];
/** A row longer than this is a runaway quote, not data. */
export const MAX_ROW_BYTES = 64 * 1024 * 1024;

const NO_ROWS = (): void => {};

export interface CsvReaderOptions {
  /** Buffers at least this long are read through the structural index (csv-index.ts); shorter ones byte by byte. */
  indexFrom?: number;
}

/** Below this the WebAssembly call and copy cost more than the byte loop saves. */
const INDEX_FROM = 4096;

/**
 * A streaming RFC 4180 reader that works on bytes. Chunks go in through
 * `write`; each complete row comes out as the `wanted` columns only, in
 * `wanted` order: as strings (the constructor), or as a CsvCells cursor over
 * the chunk's bytes that decodes nothing (`forCells`, the evaluation's path).
 * Cells nobody asked for are never decoded, and a row split across chunks is
 * re-read from its start once the rest arrives (rows are short; chunks are a
 * megabyte).
 */
export class CsvReader {
  private leftover: Buffer | null = null;
  private headerDone = false;
  private slotOf: Int32Array = new Int32Array(0);
  /** Per wanted cell, its column in the header. */
  private colOf: Int32Array = new Int32Array(0);
  private width = 0;
  /** The current row's wanted cells. */
  readonly cells: CsvCells;
  private emit: (cells: CsvCells) => void;
  private readonly headStarts: number[] = [];
  private readonly headEnds: number[] = [];
  private readonly headFlags: number[] = [];
  private buf: Buffer = Buffer.alloc(0);
  private rowStart = 0;
  /** Made on the first buffer long enough; null where WebAssembly SIMD is missing. */
  private index: StructuralIndex | null | undefined;
  private readonly indexFrom: number;
  /** Physical line on which the current row starts (1 = header). */
  line = 1;
  rows = 0;
  header: string[] = [];
  /** Where the header row ends, in the bytes of the first write (which must hold all of it). */
  headerEnd = -1;

  constructor(
    readonly file: string,
    private readonly wanted: readonly string[],
    onRow: (cells: string[]) => void,
    private readonly onInvalid: InvalidRowHandler = (reason, at) => {
      throw new InputError(`${file}:${at.line}:${at.column}: ${reason}`);
    },
    options: CsvReaderOptions = {},
  ) {
    this.indexFrom = Math.max(1, options.indexFrom ?? INDEX_FROM);
    this.cells = new CsvCells(wanted.length);
    const decoder = new CellDecoder(wanted.length);
    this.emit = onRow === NO_ROWS ? NO_ROWS : (c) => onRow(decoder.decodeRow(c.bytes, c.starts, c.ends, c.flags));
  }

  /** A reader that hands each row over as its cells' positions (valid during the call only). */
  static forCells(
    file: string,
    wanted: readonly string[],
    onCells: (cells: CsvCells) => void,
    onInvalid?: InvalidRowHandler,
    options?: CsvReaderOptions,
  ): CsvReader {
    const reader = new CsvReader(file, wanted, NO_ROWS, onInvalid, options);
    reader.emit = onCells;
    return reader;
  }

  write(chunk: Uint8Array): void {
    let buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.leftover !== null) buf = this.completeLeftover(buf);
    const used = this.parse(buf, false);
    // a copy: the caller may read the next chunk into the same buffer
    this.leftover = used < buf.length ? Buffer.from(buf.subarray(used)) : null;
    if (this.leftover !== null && this.leftover.length > MAX_ROW_BYTES) {
      const quote = this.leftover.indexOf(34);
      const at = positionAt(this.leftover, 0, quote < 0 ? 0 : quote, this.line);
      throw new InputError(`${this.file}:${at.line}:${at.column}: a row longer than 64 MB (is a " never closed?)`);
    }
  }

  /**
   * Joins the partial row kept from the last chunk with the new chunk. Usually
   * only the head of the chunk up to its first newline is copied and parsed
   * on its own; the whole chunk is copied only when that does not end the
   * row (a quoted cell spans the newline).
   */
  private completeLeftover(chunk: Buffer): Buffer {
    const left = this.leftover as Buffer;
    this.leftover = null;
    const nl = chunk.indexOf(10);
    if (nl >= 0 && nl + 1 < chunk.length) {
      const head = Buffer.concat([left, chunk.subarray(0, nl + 1)]);
      if (this.parse(head, false) === head.length) return chunk.subarray(nl + 1);
    }
    return Buffer.concat([left, chunk]);
  }

  end(): void {
    const buf = this.leftover ?? Buffer.alloc(0);
    this.leftover = null;
    this.parse(buf, true);
    if (!this.headerDone) throw new InputError(`${this.file}: the file is empty (a header row is expected)`);
  }

  /** While a row is being handled: where the cell of `wanted[index]` starts. */
  positionOf(index: number): CsvPosition {
    const c = this.cells;
    const at = c.flags[index]! & QUOTED ? c.starts[index]! - 1 : c.starts[index]!;
    return positionAt(this.buf, this.rowStart, at, this.line);
  }

  private parse(buf: Buffer, final: boolean): number {
    this.buf = buf;
    const n = buf.length;
    let i = 0;
    if (!this.headerDone && this.line === 1) {
      let k = 0;
      while (k < 3 && k < n && buf[k] === BOM[k]) k++;
      if (k === 3) i = 3;
      else if (k === n && !final) return 0;
    }
    this.cells.bytes = buf;
    while (i < n && !this.headerDone) {
      const next = this.row(buf, i, final, false);
      if (next < 0) return i;
      i = next;
    }
    if (n - i >= this.indexFrom && n - i <= INDEX_CAPACITY) {
      if (this.index === undefined) this.index = createStructuralIndex();
      if (this.index !== null) return this.indexedRows(buf, i, final, this.index);
    }
    const ascii = isAscii(buf);
    while (i < n) {
      const next = this.row(buf, i, final, ascii);
      if (next < 0) return i;
      i = next;
    }
    return n;
  }

  /**
   * The rows of buf from `from`, read from the structural index: a plain row
   * (its `width` delimiters in the index, only the last a newline, no quote)
   * takes its wanted cells' bounds straight from the index, with no branch
   * per byte or per cell. Any other row (a quoted cell, a blank line, a field
   * count off, no newline yet) goes to row(), which reads its bytes and
   * decides as it always has.
   */
  private indexedRows(buf: Buffer, from: number, final: boolean, index: StructuralIndex): number {
    const n = buf.length;
    const pos = index.scan(from === 0 ? buf : buf.subarray(from));
    const ascii = index.ascii;
    const count = pos.length;
    const cells = this.cells;
    const starts = cells.starts;
    const ends = cells.ends;
    const flags = cells.flags;
    const colOf = this.colOf;
    const wanted = colOf.length;
    const last = this.width - 1;
    const lastSlot = this.slotOf[last]!;
    // whether row() may have left flags set (a plain ASCII row has none)
    let dirty = true;
    let k = 0;
    let i = from;
    while (i < n) {
      const rowStart = i;
      const first = buf[i];
      if (k + last < count && first !== 10 && first !== 13) {
        const end = pos[k + last]!;
        let before = 0;
        for (let f = 0; f < last; f++) before |= pos[k + f]!;
        if ((end & NEWLINE) !== 0 && ((before | end) & QUOTE) === 0 && (before & NEWLINE) === 0) {
          for (let s = 0; s < wanted; s++) {
            const c = colOf[s]!;
            starts[s] = c === 0 ? rowStart : pos[k + c - 1]! + from + 1;
            ends[s] = (pos[k + c]! & POSITION) + from;
          }
          if (lastSlot >= 0) {
            const e = ends[lastSlot]!;
            if (e > starts[lastSlot]! && buf[e - 1] === 13) ends[lastSlot] = e - 1;
          }
          if (!ascii) for (let s = 0; s < wanted; s++) flags[s] = hasHighByte(buf, starts[s]!, ends[s]!) ? HIGH : 0;
          else if (dirty) {
            flags.fill(0);
            dirty = false;
          }
          k += last + 1;
          this.rowStart = rowStart;
          this.rows++;
          this.emit(cells);
          this.line++;
          i = (end & POSITION) + from + 1;
          continue;
        }
      }
      const next = this.row(buf, rowStart, final, ascii);
      dirty = true;
      if (next < 0) return rowStart;
      i = next;
      while (k < count && (pos[k]! & POSITION) + from < i) k++;
    }
    return n;
  }

  /** Reads the row (or blank line) at i byte by byte; where the next starts, or -1 when its end is not in buf yet. */
  private row(buf: Buffer, i: number, final: boolean, ascii: boolean): number {
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
    const missing = this.wanted.filter((w) => !names.includes(w));
    if (missing.length > 0) {
      const which = missing.map((m) => `'${m}'`).join(', ');
      throw new InputError(`${this.file}: no column ${which} (columns: ${names.join(', ')})`);
    }
    this.width = names.length;
    this.slotOf = new Int32Array(names.length).fill(-1);
    this.wanted.forEach((w, slot) => (this.slotOf[names.indexOf(w)] = slot));
    this.colOf = Int32Array.from(this.wanted, (w) => names.indexOf(w));
    this.headerDone = true;
  }

  /** True while part of a row waits for more bytes (a range that ends here did not end at a row boundary). */
  get pending(): boolean {
    return this.leftover !== null;
  }

  private invalid(reason: string, at: number): void {
    this.onInvalid(reason, positionAt(this.buf, this.rowStart, at, this.line));
  }
}
