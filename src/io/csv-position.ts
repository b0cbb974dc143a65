/** A 1-based line and character column in a CSV file. */
export interface CsvPosition {
  line: number;
  column: number;
}

/**
 * Where byte `at` of a row lies, computed only when a message needs it: the
 * physical line (a quoted cell may hold newlines) and the column in
 * characters, not bytes, counting each UTF-8 sequence once.
 */
export function positionAt(buf: Uint8Array, rowStart: number, at: number, rowLine: number): CsvPosition {
  let line = rowLine;
  let lineStart = rowStart;
  for (let k = rowStart; k < at; k++) {
    if (buf[k] === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  let column = 1;
  for (let k = lineStart; k < at && k < buf.length; k++) if ((buf[k] & 0xc0) !== 0x80) column++;
  return { line, column };
}
