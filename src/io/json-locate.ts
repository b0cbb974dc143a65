import type { PathPart } from '../sources/records';

/**
 * Positions inside a JSON text, found only when a message needs one (the
 * values themselves come from JSON.parse): where the first syntax error is,
 * and where the value at a path starts. A small recursive-descent walk.
 */
class Walker {
  i = 0;
  error: { at: number; reason: string } | null = null;

  constructor(private readonly t: string) {}

  fail(reason: string, at = this.i): false {
    this.error ??= { at, reason };
    return false;
  }

  blank(): void {
    const t = this.t;
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      this.i++;
    }
  }

  /** Walks one value; with a `path`, stops where it leads and says so (true). Syntax errors go to `error`. */
  value(path: readonly PathPart[] | null, depth = 0): boolean {
    this.blank();
    if (path !== null && depth === path.length) return true;
    const t = this.t;
    const c = t[this.i];
    if (c === '{') return this.object(path, depth);
    if (c === '[') return this.array(path, depth);
    if (c === '"') {
      this.string();
      return false;
    }
    if (c === undefined) return this.fail('the text ends where a value is expected');
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(t.slice(this.i, this.i + 400));
    if (!literal) return this.fail(`unexpected ${show(c)} where a value is expected`);
    this.i += literal[0].length;
    return false;
  }

  private object(path: readonly PathPart[] | null, depth: number): boolean {
    this.i++;
    this.blank();
    if (this.t[this.i] === '}') {
      this.i++;
      return false;
    }
    for (;;) {
      this.blank();
      if (this.t[this.i] !== '"') return this.fail(`expected a key in double quotes, found ${show(this.t[this.i])}`);
      const keyAt = this.i;
      if (!this.string()) return false;
      const key = JSON.parse(this.t.slice(keyAt, this.i)) as string;
      this.blank();
      if (this.t[this.i] !== ':') return this.fail(`expected ':' after a key, found ${show(this.t[this.i])}`);
      this.i++;
      const follow = path !== null && path[depth] === key;
      if (this.value(follow ? path : null, depth + 1)) return true;
      if (this.error || !this.more('}')) return false;
    }
  }

  private array(path: readonly PathPart[] | null, depth: number): boolean {
    this.i++;
    this.blank();
    if (this.t[this.i] === ']') {
      this.i++;
      return false;
    }
    for (let k = 0; ; k++) {
      const follow = path !== null && path[depth] === k;
      if (this.value(follow ? path : null, depth + 1)) return true;
      if (this.error || !this.more(']')) return false;
    }
  }

  /** After a member's value: true at ',' (another member follows), false at `close` (taken) or where neither is (an error). */
  private more(close: '}' | ']'): boolean {
    this.blank();
    const c = this.t[this.i];
    if (c === ',' || c === close) {
      this.i++;
      return c === ',';
    }
    return this.fail(`expected ',' or '${close}' after a value, found ${show(c)}`);
  }

  private string(): boolean {
    const t = this.t;
    const start = this.i;
    for (this.i++; this.i < t.length; this.i++) {
      const c = t.charCodeAt(this.i);
      if (c === 92) {
        this.i++;
        continue;
      }
      if (c === 34) {
        this.i++;
        return true;
      }
      if (c < 32) return this.fail('a control character inside a string (a line break must be written \\n)');
    }
    return this.fail('a string that is never closed', start);
  }
}

function show(c: string | undefined): string {
  if (c === undefined) return 'the end of the text';
  return /^[\x21-\x7e]$/.test(c) ? `'${c}'` : `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Where the first syntax error of a JSON text is (a character offset) and why. */
export function syntaxError(text: string): { at: number; reason: string } {
  const w = new Walker(text);
  w.value(null);
  if (!w.error) {
    w.blank();
    if (w.i < text.length) w.fail(`unexpected ${show(text[w.i])} after the value`);
  }
  return w.error ?? { at: 0, reason: 'not valid JSON' };
}

/** The character offset of the value at `path` in a valid JSON text; the deepest existing part's when the rest is missing. */
export function offsetOf(text: string, path: readonly PathPart[]): number {
  for (let n = path.length; n >= 0; n--) {
    const w = new Walker(text);
    if (w.value(path.slice(0, n))) return w.i;
  }
  return 0;
}

/** Line and column (1-based, in characters) of an offset in a text that starts at (line, column). */
export function lineColumn(text: string, offset: number, line: number, column: number): { line: number; column: number } {
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      column = 1;
    } else if ((text.charCodeAt(k) & 0xfc00) !== 0xdc00) column++;
  }
  return { line, column };
}
