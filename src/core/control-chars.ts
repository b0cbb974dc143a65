/**
 * Text from agreements and data files is untrusted: it may hold terminal
 * escape sequences, bidirectional overrides (text that reads one way and
 * means another) or characters XML 1.0 cannot hold even as references. Every
 * output format and every message passes it through here.
 */

/**
 * C0 controls but tab and line feed, DEL and C1 controls, line and paragraph
 * separators, bidi embeddings, overrides and isolates, the noncharacters
 * (U+FDD0-U+FDEF and U+xFFFE/U+xFFFF in every plane), and lone surrogates:
 * XML 1.0 forbids some, HTML calls all of them parse errors, and terminals
 * act on the controls.
 */
const UNSAFE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

const hex = (n: number): string => n.toString(16).toUpperCase();
const visible = (c: string): string => (c.length === 1 ? `\\u${hex(c.charCodeAt(0)).padStart(4, '0')}` : `\\u{${hex(c.codePointAt(0)!)}}`);

/**
 * Whether every character is printable ASCII, tab or line feed: then nothing
 * is unsafe, and the pattern need not run. Outputs pass every string of a
 * report through here (a per-resource evaluation has hundreds of thousands),
 * and a loop over char codes is several times cheaper than the pattern.
 */
function plain(text: string): boolean {
  // a long text (the JSON of a report) is scanned faster by the regular expression engine
  if (text.length > 256) return !NOT_PLAIN.test(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10) || c > 0x7e) return false;
  }
  return true;
}

/** A character plain() does not accept: anything but tab, line feed and printable ASCII. */
const NOT_PLAIN = /[^\t\n\x20-\x7e]/;

/** Whether text holds a character escapeControls would change. */
export function hasControls(text: string): boolean {
  return !plain(text) && UNSAFE.test(text);
}

/** Each unsafe character as its visible escape (ESC as `\u001B`); tab and line feed stay. */
export function escapeControls(text: string): string {
  return hasControls(text) ? text.replace(UNSAFE_ALL, visible) : text;
}

/** The longest piece of input a message echoes, in characters. */
export const ECHO_MAX = 40;

/** Input echoed in a message: at most `max` characters (then `…`), controls escaped, line breaks as `\n`. */
export function clipInput(text: string, max = ECHO_MAX): string {
  let cut = text;
  if (text.length > max) {
    // code points, not UTF-16 units; a huge cell is not spread into an array
    const head = [...text.slice(0, max * 2)];
    if (head.length > max || text.length > max * 2) cut = `${head.slice(0, max).join('')}…`;
  }
  return escapeControls(cut).replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}

/** clipInput in double quotes. */
export function quoteInput(text: string, max = ECHO_MAX): string {
  return `"${clipInput(text, max)}"`;
}

/**
 * JSON.stringify of withoutControls(value), without its copy when there is
 * nothing to escape: JSON shows a string's C0 controls and lone surrogates
 * as backslash escapes and every other unsafe character as itself, so a text
 * with neither came from strings that escapeControls leaves as they are. A
 * per-resource report holds hundreds of thousands of strings, and checking
 * the text once is several times cheaper than walking them.
 */
export function safeJson(value: unknown, space?: number): string {
  const text = JSON.stringify(value, null, space);
  if (text.indexOf('\\') < 0 && (asciiJson(text) || !hasControls(text))) return text;
  return JSON.stringify(withoutControls(value), null, space);
}

/** The UTF-8 length of a text, where the platform counts it natively (Node's Buffer); several times faster than a pattern over a long text. */
const utf8Length = (globalThis as { Buffer?: { byteLength(text: string): number } }).Buffer?.byteLength;
const NOT_ASCII = /[^\x00-\x7f]/;

/**
 * Whether a JSON text without a backslash is all printable ASCII: it then
 * holds no C0 control (JSON escapes them in strings, and puts only line
 * feeds and spaces between), so no DEL and nothing above 0x7f is left to
 * rule out.
 */
function asciiJson(text: string): boolean {
  if (text.indexOf('\x7f') >= 0) return false;
  return utf8Length ? utf8Length(text) === text.length : !NOT_ASCII.test(text);
}

/** A formatter that makes its own output safe (safeJson), so the registry need not copy its input. */
export interface OwnsSafety {
  ownsSafety: true;
}

/**
 * A copy of a plain data value (objects, arrays, strings) with every string
 * passed through escapeControls. Values without unsafe characters are
 * returned as they are, so a clean value costs one scan and no copy.
 */
export function withoutControls<T>(value: T): T {
  return clean(value) as T;
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return escapeControls(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v = clean(value[i]);
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return out ?? value;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  let out: Record<string, unknown> | null = null;
  const record = value as Record<string, unknown>;
  // keys then values, not Object.entries: no pair arrays per object (a report may hold 100,000 of them)
  const keys = Object.keys(record);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = record[k];
    const key = escapeControls(k);
    const c = clean(v);
    if (c !== v || key !== k) {
      out ??= { ...(value as Record<string, unknown>) };
      if (key !== k) delete out[k];
      out[key] = c;
    }
  }
  return out ?? value;
}
