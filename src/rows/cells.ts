/** Cell flags: the bytes of a cell are its text only when none of HIGH and ESCAPED is set. */
export const CELL_HIGH = 1;
export const CELL_QUOTED = 2;
export const CELL_ESCAPED = 4;
/**
 * A cell of several values (a multi-value field: Jira's repeated columns, a
 * JSON array), its text the values joined by LIST_SEPARATOR. A condition
 * holds when it holds for one of them (docs/semantics.md, Rows).
 */
export const CELL_LIST = 8;
/** Flags that send a reader of the cell to text(). */
export const CELL_NEEDS_TEXT = CELL_HIGH | CELL_ESCAPED | CELL_LIST;
/** What joins the values of a list cell (the ASCII unit separator). */
export const LIST_SEPARATOR = '\u001f';

/**
 * One row as the CSV reader holds it: the bytes of its chunk and, per column
 * (in SourcePlan.columns order), where each cell lies. The engine reads
 * numbers, times and equalities straight from the bytes of plain ASCII cells
 * and asks text() only for the rest (non-ASCII, doubled quotes) and for
 * messages, so a row costs no strings and no arrays. Valid only during the
 * sink call that receives it.
 */
export interface RowCells {
  readonly bytes: Uint8Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly flags: Int32Array;
  /** The cell's text, decoded. */
  text(column: number): string;
}

/**
 * Rows given as strings, laid out as bytes so that they take the same paths
 * as the reader's rows (RowSink.row, tests). Cells with a character above
 * 0x7f stay strings and are flagged for text(); cells holding LIST_SEPARATOR
 * are list cells.
 */
export class TextCells implements RowCells {
  bytes = new Uint8Array(256);
  starts = new Int32Array(0);
  ends = new Int32Array(0);
  flags = new Int32Array(0);
  private fields: readonly string[] = [];

  static of(fields: readonly string[]): TextCells {
    return new TextCells().set(fields);
  }

  set(fields: readonly string[]): this {
    const n = fields.length;
    if (this.starts.length !== n) {
      this.starts = new Int32Array(n);
      this.ends = new Int32Array(n);
      this.flags = new Int32Array(n);
    }
    this.fields = fields;
    let at = 0;
    for (let k = 0; k < n; k++) {
      const text = fields[k] ?? '';
      if (at + text.length + 1 > this.bytes.length) this.grow(at + text.length + 1);
      let flag = 0;
      for (let j = 0; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c > 0x7f) flag |= CELL_HIGH;
        else if (c === 0x1f) flag |= CELL_LIST;
        this.bytes[at + j] = c & 0x7f;
      }
      this.starts[k] = at;
      this.ends[k] = at + text.length;
      this.flags[k] = flag;
      // a comma after each cell, as in a file: readers must not look past the end
      this.bytes[at + text.length] = 44;
      at += text.length + 1;
    }
    return this;
  }

  text(column: number): string {
    return this.fields[column] ?? '';
  }

  private grow(size: number): void {
    const next = new Uint8Array(Math.max(size, this.bytes.length * 2));
    next.set(this.bytes);
    this.bytes = next;
  }
}

/** The bytes of ASCII text, or null when it has a character above 0x7f (no plain cell can equal it). */
export function asciiBytes(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c > 0x7f) return null;
    out[k] = c;
  }
  return out;
}

let viewed: Uint8Array | null = null;
let view: DataView = new DataView(new ArrayBuffer(0));

/** A DataView of the bytes rows come from (one per chunk, kept while rows come from it). */
export function viewOf(bytes: Uint8Array): DataView {
  if (bytes !== viewed) {
    view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    viewed = bytes;
  }
  return view;
}

/**
 * A test that a cell's text is exactly `text`: from the bytes when the cell
 * is plain, four at a time (service names, routes and codes are compared on
 * every row), else from text().
 */
export function textEquals(text: string): (cells: RowCells, i: number) => boolean {
  const want = asciiBytes(text);
  if (want === null) return (cells, i) => (cells.flags[i]! & CELL_NEEDS_TEXT) !== 0 && cells.text(i) === text;
  const n = want.length;
  const words = new Int32Array(n >> 2);
  const wantView = new DataView(want.buffer);
  for (let k = 0; k < words.length; k++) words[k] = wantView.getInt32(4 * k, true);
  const tail = words.length * 4;
  return (cells, i) => {
    if ((cells.flags[i]! & CELL_NEEDS_TEXT) !== 0) return cells.text(i) === text;
    const start = cells.starts[i]!;
    if (cells.ends[i]! - start !== n) return false;
    const bytes = cells.bytes;
    if (tail > 0) {
      const v = viewOf(bytes);
      for (let k = 0; k < words.length; k++) if (v.getInt32(start + 4 * k, true) !== words[k]) return false;
    }
    for (let k = tail; k < n; k++) if (bytes[start + k] !== want[k]) return false;
    return true;
  };
}
