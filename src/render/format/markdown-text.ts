import { Prose } from '../view/context';
import { escapeUnescaped, safeLinks } from './safe-links';

/** Keys whose values are addresses or names for the machinery, never shown as prose. */
const RAW_KEYS = new Set(['url', 'email', 'anchor', 'partial', 'lang', 'paper', 'heading']);

const ALNUM = /[A-Za-z0-9]/;

/**
 * An underscore between two letters or digits (`first_response_at`) can
 * neither open nor close emphasis (CommonMark's flanking rules), so it needs
 * no escape and `snake_case` stays as written.
 */
function inWord(s: string, at: number): boolean {
  return ALNUM.test(s.charAt(at - 1)) && ALNUM.test(s.charAt(at + 1));
}

/**
 * Agreement text made literal in Markdown: characters that would start
 * emphasis, links, code, HTML or table cells are escaped, and so is a
 * leading `#`, `-` or `+`. A leading "1." is kept (dates such as
 * "1. Januar 2026" start so): templates never put a value at a line start.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c, at: number, s: string) => (c === '_' && inWord(s, at) ? c : `\\${c}`))
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^(\s*)(#|[-+=](?=\s|$))/, '$1\\$2');
}

const AUTOLINK_SCHEME = /^(?:https?:\/\/|mailto:)/i;

/**
 * Whether the `<` at i starts an autolink to the web or mail, the only `<`
 * that stays live. The scan stops at the next space, `<` or `>`, so the
 * scans of all `<` together read the text once.
 */
function autolinkAt(t: string, i: number): boolean {
  let j = i + 1;
  while (j < t.length && t[j] !== '>' && t[j] !== '<' && !/\s/.test(t[j]!)) j++;
  return t[j] === '>' && AUTOLINK_SCHEME.test(t.slice(i + 1, j));
}

/**
 * Authors' Markdown kept as Markdown, with raw HTML made literal (only
 * autolinks keep their angle brackets) and the HTML output's rules for links
 * (safe-links.ts: http, https, mailto and fragments only, no images); inline
 * Markdown is kept on one line with `|` escaped, so it is safe in list items
 * and table cells.
 */
export function sanitizeProse(markdown: string, inline = false): string {
  const safe = escapeUnescaped(markdown, (t, i) => t[i] === '<' && !autolinkAt(t, i)).trim();
  const one = inline ? escapeUnescaped(safe.replace(/\s*\r?\n\s*/g, ' '), (t, i) => t[i] === '|') : reflow(safe);
  return safeLinks(one, escapeMarkdown);
}

/** A line that starts a block of its own (list item, heading, quote, fence, rule, table row), so it never continues a paragraph. */
const BLOCK_LINE = /^\s*(?:[-+*](?:\s|$)|\d+[.)](?:\s|$)|#{1,6}(?:\s|$)|>|```|~~~|<|[-=_*]{3,}\s*$|=+\s*$)|(?<!\\)\|/;

/**
 * Joins the lines of a paragraph that its author wrapped by hand (a YAML
 * `|` block keeps them), so the document wraps it once, at 80 columns,
 * instead of keeping a ragged copy of the source. A soft line break and a
 * space mean the same in Markdown; lines that start a block, follow a hard
 * break (two spaces or a backslash) or sit in a fence stay as they are.
 */
function reflow(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  let open = false;
  let code = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const prev = out[out.length - 1] ?? '';
    code = /^ {4}/.test(line) && (code || prev.trim() === '');
    if (!fenced && open && line.trim() !== '' && !BLOCK_LINE.test(line) && !/( {2}|\\)$/.test(prev)) {
      out[out.length - 1] = `${prev} ${line.trim()}`;
      continue;
    }
    out.push(line);
    open = !fenced && !code && line.trim() !== '' && !/^\s*(?:#|```|~~~)/.test(line) && !/(?<!\\)\|/.test(line) && !/^\s*[-=_*]{3,}\s*$/.test(line);
  }
  return out.join('\n');
}

/** The view with every plain string escaped for Markdown; prose and addresses are left for the helpers. */
export function escapeView<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (RAW_KEYS.has(key) ? value : escapeMarkdown(value)) as T;
  if (value instanceof Prose || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => escapeView(v)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = escapeView(v, k);
  return out as T;
}

const WIDTH = 80;
const BLOCK_START = /^(?:[-+*>#=|]|\d+[.)])$|^#{1,6}$|^[-=_*]{3,}$|^\d+[.)]$/;

/** A word that would start a block (list, heading, quote) if a line began with it. */
const risky = (word: string): boolean => BLOCK_START.test(word) || /^(?:[-+*]|\d+[.)])$/.test(word);

function wrapLine(line: string): string[] {
  const prefix = /^(\s*(?:[-*+]|\d+[.)])\s+|\s*)/.exec(line)?.[0] ?? '';
  const indent = ' '.repeat(prefix.length);
  const words = line.slice(prefix.length).split(' ');
  const lines: string[][] = [[]];
  let width = prefix.length;
  for (const word of words) {
    const current = lines[lines.length - 1];
    if (current.length > 0 && width + 1 + word.length > WIDTH) {
      const carried = risky(word) && current.length > 1 ? [current.pop() as string] : [];
      lines.push([...carried, word]);
      width = indent.length + [...carried, word].join(' ').length;
    } else {
      current.push(word);
      width += (current.length > 1 ? 1 : 0) + word.length;
    }
  }
  return lines.map((ws, i) => (i === 0 ? prefix : indent) + ws.join(' '));
}

/**
 * Tidies template output into lint-clean Markdown: no trailing spaces, one
 * blank line between blocks, one final newline, and paragraphs and list items
 * wrapped at 80 columns (tables, headings and code are left as they are).
 */
export function tidyMarkdown(text: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (line === '' && (out.length === 0 || out[out.length - 1] === '') && !fenced) continue;
    if (fenced || line.length <= WIDTH || /^\s*(\||#)/.test(line)) out.push(line);
    else out.push(...wrapLine(line));
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
