import type MarkdownIt from 'markdown-it';
type Token = ReturnType<MarkdownIt['parse']>[number];

/** The only link targets a document keeps, in HTML and in Markdown alike. */
export const SAFE_LINK = /^(https?:|mailto:|#)/i;

let parser: MarkdownIt | undefined;

/**
 * A parser that turns every link and image into a token (no target is
 * refused here), so that what it finds is what any CommonMark renderer
 * would make live: targets come out with entities and escapes decoded
 * (`java&#115;cript:` is `javascript:`).
 */
function permissive(): MarkdownIt {
  if (parser) return parser;
  const loaded = require('markdown-it') as typeof MarkdownIt | { default: typeof MarkdownIt };
  const Parser = 'default' in loaded ? loaded.default : loaded;
  parser = new Parser('default', { html: false, linkify: false, typographer: false });
  parser.validateLink = () => true;
  return parser;
}

function unsafeToken(t: Token): boolean {
  if (t.type === 'image') return true;
  if (t.type === 'link_open') return !SAFE_LINK.test((t.attrGet('href') ?? '').trim());
  return (t.children ?? []).some(unsafeToken);
}

/** Whether Markdown holds an image, or a link or link definition whose target is not http(s), mailto or a fragment. */
export function hasUnsafeLinks(markdown: string): boolean {
  // links, images and definitions all need a '['
  if (!markdown.includes('[')) return false;
  const env: { references?: Record<string, { href: string }> } = {};
  const tokens = permissive().parse(markdown, env);
  if (Object.values(env.references ?? {}).some((r) => !SAFE_LINK.test(r.href.trim()))) return true;
  return tokens.some(unsafeToken);
}

/**
 * A backslash before each character `at(text, i)` picks that is not escaped
 * already: `\[` stays, while `\\[` (an escaped backslash, then a live `[`)
 * gets one more. One pass, linear in the text (a regex with `(\\*)` before
 * the character would retry every run of backslashes).
 */
export function escapeUnescaped(text: string, at: (text: string, i: number) => boolean): string {
  const parts: string[] = [];
  let from = 0;
  let slashes = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 92) {
      slashes++;
      continue;
    }
    if (slashes % 2 === 0 && at(text, i)) {
      parts.push(text.slice(from, i));
      from = i;
    }
    slashes = 0;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts.join('\\');
}

/** Every `[` and `]` not already escaped, escaped: no link, image or definition can form. */
export function escapeBrackets(markdown: string): string {
  return escapeUnescaped(markdown, (t, i) => t[i] === '[' || t[i] === ']');
}

/**
 * Authors' Markdown with the HTML output's rules for links: only http(s),
 * mailto and fragment targets, no images (a document makes no requests).
 * When any link breaks them, every bracket of the text is escaped: the text
 * stays readable and nothing in it is live. `fallback` makes plain text of
 * whatever still parses as unsafe (it should not).
 */
export function safeLinks(markdown: string, fallback: (text: string) => string): string {
  if (!hasUnsafeLinks(markdown)) return markdown;
  const escaped = escapeBrackets(markdown);
  return hasUnsafeLinks(escaped) ? fallback(markdown) : escaped;
}
