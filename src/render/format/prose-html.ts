import type MarkdownIt from 'markdown-it';
import { SAFE_LINK } from './safe-links';

let instance: MarkdownIt | undefined;


/**
 * The authors' Markdown as HTML: raw HTML is disabled (shown as text), bare
 * addresses are not linked, links are kept only for web, mail and in-page
 * targets, and images are off (the document makes no requests). Headings
 * inside prose are pushed below the section's own.
 */
function markdown(): MarkdownIt {
  if (instance) return instance;
  // Loaded on first use: Markdown output and documents without prose never need it (~10 ms).
  const loaded = require('markdown-it') as typeof MarkdownIt | { default: typeof MarkdownIt };
  // the build bundles markdown-it's ES module (scripts/build.js), whose require() gives its namespace
  const Parser = 'default' in loaded ? loaded.default : loaded;
  const md = new Parser('default', { html: false, linkify: false, typographer: false });
  md.disable(['image']);
  md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
  const shift = (tag: string): string => `h${Math.min(Number(tag.slice(1)) + 2, 6)}`;
  md.core.ruler.push('shift_headings', (state) => {
    for (const token of state.tokens) {
      if (token.type === 'heading_open' || token.type === 'heading_close') token.tag = shift(token.tag);
    }
  });
  instance = md;
  return md;
}

export function proseToHtml(text: string, inline = false): string {
  return inline ? markdown().renderInline(text) : markdown().render(text);
}
