import { InputError } from '../core/errors';

/** One top-level JSON value of a file: its text, and where it starts (1-based line and character column). */
export interface JsonValueText {
  text: string;
  line: number;
  column: number;
  /** Its place among the file's values, from 0. */
  index: number;
}

/** A document longer than this is a runaway, not data (V8's strings stop at 512 MB). */
export const MAX_JSON_VALUE_BYTES = 256 * 1024 * 1024;

const BOM = [0xef, 0xbb, 0xbf];

/**
 * Cuts a byte stream into its top-level JSON values, whatever their layout:
 * one document, JSON lines, documents one after another (the pages of an
 * export, the chunks of a range query), pretty-printed or not. Only strings,
 * escapes and brackets are tracked, one pass over the bytes; each complete
 * value goes to `onValue` as text for JSON.parse. The line and column of
 * every byte are counted on the way, so a message can name them.
 */
export class JsonValueSplitter {
  private parts: Buffer[] = [];
  private partBytes = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private started = false;
  private line = 1;
  private column = 1;
  private startLine = 1;
  private startColumn = 1;
  private count = 0;
  private bomChecked = false;
  private head = Buffer.alloc(0);

  constructor(
    private readonly file: string,
    private readonly onValue: (value: JsonValueText) => void,
    /** JSON lines: a line break ends a value whatever it holds, so one broken line spoils only itself. */
    private readonly lines = false,
  ) {}

  write(chunk: Buffer): void {
    let b = chunk;
    if (!this.bomChecked) {
      // a byte-order mark, possibly cut across the first chunks
      if (this.head.length > 0) b = Buffer.concat([this.head, b]);
      let k = 0;
      while (k < 3 && k < b.length && b[k] === BOM[k]) k++;
      if (k === b.length && k < 3) {
        this.head = Buffer.from(b);
        return;
      }
      this.head = Buffer.alloc(0);
      this.bomChecked = true;
      if (k === 3) b = b.subarray(3);
    }
    let from = 0;
    const n = b.length;
    for (let i = 0; i < n; i++) {
      const c = b[i]!;
      if (!this.started) {
        if (c === 10) {
          this.line++;
          this.column = 1;
          continue;
        }
        if (c === 32 || c === 9 || c === 13 || c === 0x1e) {
          this.column++;
          continue;
        }
        if (c !== 123 && c !== 91) {
          throw new InputError(`${this.file}:${this.line}:${this.column}: expected a JSON object or array here, found ${describe(b, i)}`);
        }
        this.started = true;
        this.startLine = this.line;
        this.startColumn = this.column;
        from = i;
      }
      if (c === 10) {
        if (this.lines) {
          // the broken line goes to the parser, which says where it breaks
          this.cut(b, from, i);
          this.line++;
          this.column = 1;
          continue;
        }
        this.line++;
        this.column = 1;
      } else if ((c & 0xc0) !== 0x80) this.column++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (c === 34) this.inString = true;
      else if (c === 123 || c === 91) this.depth++;
      else if (c === 125 || c === 93) {
        if (--this.depth === 0) {
          if (this.parts.length === 0) this.emit(b.toString('utf8', from, i + 1));
          else {
            this.take(b.subarray(from, i + 1));
            this.emit(Buffer.concat(this.parts).toString('utf8'));
          }
        }
      }
    }
    if (this.started) this.take(b.subarray(from));
  }

  end(): void {
    if (this.started && this.lines) {
      // the last line, without its line break
      this.emit(Buffer.concat(this.parts).toString('utf8').replace(/\r$/, ''));
      return;
    }
    if (this.started) {
      throw new InputError(`${this.file}:${this.startLine}:${this.startColumn}: a JSON ${this.parts[0]?.[0] === 91 ? 'array' : 'object'} that is never closed (the file ends inside it)`);
    }
  }

  /** Ends the value at a line break (JSON lines), complete or not. */
  private cut(b: Buffer, from: number, at: number): void {
    const text = this.parts.length === 0 ? b.toString('utf8', from, at) : (this.take(b.subarray(from, at)), Buffer.concat(this.parts).toString('utf8'));
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.emit(text.replace(/\r$/, ''));
  }

  private take(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.partBytes += bytes.length;
    if (this.partBytes > MAX_JSON_VALUE_BYTES) {
      throw new InputError(`${this.file}:${this.startLine}:${this.startColumn}: a JSON value longer than ${MAX_JSON_VALUE_BYTES >> 20} MB (split the export into pages or lines)`);
    }
    // a copy: the caller may reuse the chunk's buffer
    this.parts.push(Buffer.from(bytes));
  }

  private emit(text: string): void {
    this.parts = [];
    this.partBytes = 0;
    this.started = false;
    this.onValue({ text, line: this.startLine, column: this.startColumn, index: this.count++ });
  }
}

function describe(b: Buffer, i: number): string {
  const c = b[i]!;
  if (c >= 0x21 && c <= 0x7e) return `'${String.fromCharCode(c)}'`;
  return `a byte 0x${c.toString(16).padStart(2, '0')}`;
}
