/** Byte-level helpers of the CSV reader for the rarer paths: quoted cells and bad rows. */

export interface QuotedCell {
  /** Index of the closing quote. */
  at: number;
  /** Holds a doubled quote to undo. */
  escaped: boolean;
  /** Holds a byte above 0x7f (decode as UTF-8). */
  high: boolean;
  /** Newlines inside the cell. */
  lines: number;
}

/** The quote that closes a cell opened just before `from`; null when the bytes end first. */
export function closingQuote(buf: Buffer, from: number, final: boolean): QuotedCell | null {
  let escaped = false;
  let j = from;
  for (;;) {
    const q = buf.indexOf(34, j);
    if (q < 0) return null;
    if (buf[q + 1] === 34) {
      escaped = true;
      j = q + 2;
      continue;
    }
    // a quote as the very last byte may yet be doubled by the next chunk
    if (q + 1 === buf.length && !final) return null;
    let lines = 0;
    let hi = 0;
    for (let k = from; k < q; k++) {
      const b = buf[k];
      hi |= b;
      if (b === 10) lines++;
    }
    return { at: q, escaped, high: (hi & 0x80) !== 0, lines };
  }
}

/** Where the first cell beyond the header's `width` starts, for a message about a long row. */
export function extraFieldStart(buf: Buffer, rowStart: number, width: number): number {
  let field = 0;
  let quoted = false;
  for (let k = rowStart; k < buf.length; k++) {
    const b = buf[k];
    if (b === 34) quoted = !quoted;
    else if (b === 44 && !quoted && ++field === width) return k + 1;
  }
  return rowStart;
}

export function hasHighByte(buf: Buffer, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (buf[k] > 0x7f) return true;
  return false;
}

export function countNewlines(buf: Buffer, from: number, to: number): number {
  let lines = 0;
  for (let k = from; k < to; k++) if (buf[k] === 10) lines++;
  return lines;
}
