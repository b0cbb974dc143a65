import { SlaError } from '../core/errors';
import type { TemplateSource } from './templates';

/**
 * How deep blocks (`{{#if}}`, `{{#each}}` ...) and subexpressions may nest in
 * a template from --template. Handlebars parses and compiles recursively:
 * 1,000 nested blocks took 2 s, 2,000 overflowed the stack after 3 s and
 * 5,000 after 44 s. The built-in templates nest 4 deep.
 */
export const MAX_TEMPLATE_DEPTH = 32;

/**
 * How many `{{...}}` the templates from --template may hold together:
 * compiling one takes about 0.3 ms, so 20,000 took 7 s. The built-in
 * templates hold about 260 in all.
 */
export const MAX_TEMPLATE_EXPRESSIONS = 5_000;

// `{{!-- --}}` and `{{! }}` comments, then any other `{{` with what opens or closes a block.
const MUSTACHE = /\{\{~?(?:!--[\s\S]*?--~?\}\}|![\s\S]*?\}\}|([#^/]?))/g;

/**
 * Refuses custom templates that nest or hold more than Handlebars compiles in
 * reasonable time, before any is compiled, with the file and line.
 */
export function checkTemplates(templates: readonly TemplateSource[]): void {
  let expressions = 0;
  for (const t of templates) expressions = checkTemplate(t, expressions);
}

/** Checks one template's nesting; returns the count of expressions so far. */
function checkTemplate(t: TemplateSource, before: number): number {
  const text = t.text;
  let depth = 0;
  let expressions = before;
  for (const m of text.matchAll(MUSTACHE)) {
    const open = m[1];
    if (open === undefined) continue; // a comment
    expressions++;
    if (expressions > MAX_TEMPLATE_EXPRESSIONS) {
      refuse(t, m.index, `brings the templates of --template to more than ${count(MAX_TEMPLATE_EXPRESSIONS)} {{...}} expressions, the most sla compiles`);
    }
    const after = m.index + m[0].length;
    const end = text.indexOf('}}', after);
    const inner = subexpressionDepth(text, after, end < 0 ? text.length : end);
    if (open === '/') depth--;
    // `{{^}}` alone is an else; `{{^name}}` opens an inverse block.
    else if (open === '#' || (open === '^' && !/^\s*~?\}\}/.test(text.slice(after, after + 8)))) depth++;
    if (Math.max(depth, 0) + inner > MAX_TEMPLATE_DEPTH) {
      refuse(t, m.index, `nests blocks and subexpressions more than ${MAX_TEMPLATE_DEPTH} deep; sla compiles templates nested at most ${MAX_TEMPLATE_DEPTH} deep`);
    }
  }
  return expressions;
}

function subexpressionDepth(text: string, from: number, to: number): number {
  let depth = 0;
  let deepest = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) deepest = Math.max(deepest, ++depth);
    else if (c === 41) depth--;
  }
  return deepest;
}

const count = (n: number): string => n.toLocaleString('en-US');

function refuse(t: TemplateSource, offset: number, why: string): never {
  let line = 1;
  for (let i = t.text.indexOf('\n'); i >= 0 && i < offset; i = t.text.indexOf('\n', i + 1)) line++;
  throw new SlaError(`template error: ${t.file}:${line}: the template ${why}`, 2);
}
