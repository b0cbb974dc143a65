import * as fs from 'fs';
import * as path from 'path';

/** A header longer than this is not read: lint checks column names, not files. */
const MAX_HEADER_BYTES = 8 * 1024;

/**
 * The column names of a CSV's first record (RFC 4180 quotes, a UTF-8 BOM,
 * CRLF; names trimmed, as the CSV reader trims them), or undefined when the
 * record does not end within the bytes given and more of the file exists.
 */
export function parseHeader(bytes: Buffer, complete: boolean): string[] | undefined {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text === '') return undefined;
  const names: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      cell += c;
    } else if (c === ',') {
      names.push(cell.trim());
      cell = '';
    } else if (c === '\n' || c === '\r') {
      return [...names, cell.trim()];
    } else {
      cell += c;
    }
  }
  return complete && !quoted ? [...names, cell.trim()] : undefined;
}

/**
 * For `sla lint`: reads the header of a data file named relative to the
 * agreement's folder, at most MAX_HEADER_BYTES of it, and only inside that
 * folder (a path that leaves it, by `..` or a link, reads nothing).
 */
export function dataHeaderReader(dir: string): (relativePath: string) => string[] | undefined {
  return (relativePath) => {
    // a Parquet file (read through DuckDB) has no header line to check
    if (/\.parquet$/i.test(relativePath)) return undefined;
    let fd: number | undefined;
    try {
      const root = fs.realpathSync(dir);
      const file = fs.realpathSync(path.resolve(dir, relativePath));
      if (!file.startsWith(root + path.sep)) return undefined;
      fd = fs.openSync(file, 'r');
      const buffer = Buffer.alloc(MAX_HEADER_BYTES);
      const read = fs.readSync(fd, buffer, 0, MAX_HEADER_BYTES, 0);
      return parseHeader(buffer.subarray(0, read), read < MAX_HEADER_BYTES);
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  };
}
