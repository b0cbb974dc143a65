import { isAscii } from 'buffer';
import { InputError } from '../core/errors';
import { CellDecoder, CsvCells, HIGH } from './csv-decode';
import { positionAt } from './csv-position';
import { createStructuralIndex, INDEX_CAPACITY, NEWLINE_BYTE, NOT_COMMA, POSITION, type StructuralIndex } from './csv-index';
import { CsvRowReader, type InvalidRowHandler } from './csv-row';
import { hasHighByte } from './csv-scan';

export type { CsvPosition } from './csv-position';
export { CsvCells } from './csv-decode';
export { createStructuralIndex, type StructuralIndex } from './csv-index';
export type { InvalidRowHandler } from './csv-row';

const BOM = [0xef, 0xbb, 0xbf];
/** A row longer than this is a runaway quote, not data. */
export const MAX_ROW_BYTES = 64 * 1024 * 1024;

const NO_ROWS = (): void => {};

export interface CsvReaderOptions {
  /** Buffers at least this long are read through the structural index (csv-index.ts); shorter ones byte by byte. */
  indexFrom?: number;
  /** An index to use (readers that run one after another may share one), else one made when first needed. */
  index?: StructuralIndex | null;
}

/** Below this the WebAssembly call and copy cost more than the byte loop saves. */
const INDEX_FROM = 4096;

/**
 * A streaming RFC 4180 reader that works on bytes. Chunks go in through
 * `write`; each complete row comes out as the `wanted` columns only, in
 * `wanted` order: as strings (the constructor), or as a CsvCells cursor over
 * the chunk's bytes that decodes nothing (`forCells`, the evaluation's path).
 * Plain rows are cut from the chunk's structural index (csv-index.ts), the
 * rest read byte by byte (csv-row.ts). Cells nobody asked for are never
 * decoded, and a row split across chunks is re-read from its start once the
 * rest arrives (rows are short; chunks are a megabyte).
 */
export class CsvReader extends CsvRowReader {
  private leftover: Buffer | null = null;
  /** Chunks that arrived behind `leftover`, not read yet (see write). */
  private waiting: Buffer[] = [];
  private waitingBytes = 0;
  /** Made on the first buffer long enough; null where WebAssembly SIMD is missing. */
  private index: StructuralIndex | null | undefined;
  private readonly indexFrom: number;

  constructor(file: string, wanted: readonly string[], onRow: (cells: string[]) => void, onInvalid?: InvalidRowHandler, options: CsvReaderOptions = {}) {
    super(file, wanted, onInvalid);
    this.indexFrom = Math.max(1, options.indexFrom ?? INDEX_FROM);
    this.index = options.index;
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
    if (this.leftover !== null) {
      // A row that spans chunks is re-read from its start only once the bytes
      // waiting behind it have doubled, so a long row (a quote never closed,
      // a file with no line break such as /dev/zero) costs linear time, not
      // quadratic: `sla evaluate` with /dev/zero as its data took 47 s to reach
      // the limit with 1 MB chunks (minutes with 64 KB ones from a pipe), 1 s now.
      const total = this.leftover.length + this.waitingBytes + buf.length;
      if (this.waitingBytes + buf.length < this.leftover.length && total <= MAX_ROW_BYTES) {
        this.waiting.push(Buffer.from(buf));
        this.waitingBytes += buf.length;
        return;
      }
      buf = this.completeLeftover(buf);
    }
    const used = this.parse(buf, false);
    // a copy: the caller may read the next chunk into the same buffer
    this.leftover = used < buf.length ? Buffer.from(buf.subarray(used)) : null;
    if (this.leftover !== null && this.leftover.length > MAX_ROW_BYTES) {
      const quote = this.leftover.indexOf(34);
      const at = positionAt(this.leftover, 0, quote < 0 ? 0 : quote, this.line);
      const why = quote < 0 ? 'no line break: is it a CSV file?' : 'is a " never closed?';
      throw new InputError(`${this.file}:${at.line}:${at.column}: a row longer than ${MAX_ROW_BYTES >> 20} MB (${why})`);
    }
  }

  /**
   * Joins the partial row kept from the last chunk with the new chunk. Usually
   * only the head of the chunk up to its first newline is copied and parsed
   * on its own; the whole chunk is copied only when that does not end the
   * row (a quoted cell spans the newline) or chunks were waiting.
   */
  private completeLeftover(chunk: Buffer): Buffer {
    const left = this.takeWaiting() as Buffer;
    const nl = chunk.indexOf(10);
    if (left === this.leftover && nl >= 0 && nl + 1 < chunk.length) {
      this.leftover = null;
      const head = Buffer.concat([left, chunk.subarray(0, nl + 1)]);
      if (this.parse(head, false) === head.length) return chunk.subarray(nl + 1);
    }
    this.leftover = null;
    return Buffer.concat([left, chunk]);
  }

  /** The partial row with the chunks waiting behind it, as one buffer (null when there is none). */
  private takeWaiting(): Buffer | null {
    if (this.waiting.length === 0) return this.leftover;
    const all = Buffer.concat([this.leftover as Buffer, ...this.waiting]);
    this.waiting = [];
    this.waitingBytes = 0;
    return all;
  }

  end(): void {
    const buf = this.takeWaiting() ?? Buffer.alloc(0);
    this.leftover = null;
    this.parse(buf, true);
    if (!this.headerDone) throw new InputError(`${this.file}: the file is empty (a header row is expected)`);
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
        if ((before & NOT_COMMA) === 0 && (end & ~POSITION) === NEWLINE_BYTE) {
          for (let s = 0; s < wanted; s++) {
            const c = colOf[s]!;
            starts[s] = c === 0 ? rowStart : (pos[k + c - 1]! & POSITION) + from + 1;
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

  /** Starts over at another row boundary of the same file (the header stays): line 1, no rows, nothing pending. */
  restart(): void {
    this.leftover = null;
    this.waiting = [];
    this.waitingBytes = 0;
    this.line = 1;
    this.rows = 0;
  }

  /**
   * True while part of a row waits for more bytes (a range that ends here did
   * not end at a row boundary). Reads the chunks still waiting first.
   */
  get pending(): boolean {
    if (this.waiting.length > 0) {
      const buf = this.takeWaiting() as Buffer;
      this.leftover = null;
      this.write(buf);
    }
    return this.leftover !== null;
  }
}
