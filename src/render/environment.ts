import type Handlebars from 'handlebars';
import { SlaError } from '../core/errors';
import { createEnvironment, templateFunction, type Env, type Template } from './compile';
import { escapeMarkdown, sanitizeProse } from './format/markdown-text';
import { proseToHtml } from './format/prose-html';
import type { RenderFormat, TemplateSource } from './templates';
import { Prose } from './view/context';

const EMAIL = /^[^\s<>()[\]\\,;:"@]+@[^\s<>()[\]\\,;:"@]+$/;

function proseText(value: unknown): string {
  if (value instanceof Prose) return value.markdown;
  return value === null || value === undefined ? '' : String(value);
}

/** The helpers templates may call (docs/templates.md lists them). */
function registerHelpers(env: Env, format: RenderFormat): void {
  const escape = (s: string): string => env.escapeExpression(s);
  // Handlebars' {{log}} prints with console.log: into the document itself when it goes to standard output
  env.registerHelper('log', () => '');
  env.registerHelper('prose', (value: unknown) => {
    const text = proseText(value);
    const isInline = value instanceof Prose && value.inline;
    if (format === 'md') return sanitizeProse(text, isInline);
    return new env.SafeString(proseToHtml(text, isInline));
  });
  env.registerHelper('link', (text: unknown, url: unknown) => {
    const label = String(text ?? '');
    if (typeof url !== 'string' || url === '') return label;
    return format === 'html' ? new env.SafeString(`<a href="${escape(url)}">${escape(label)}</a>`) : `[${label}](<${url}>)`;
  });
  env.registerHelper('mailto', (address: unknown) => {
    const a = String(address ?? '');
    if (!EMAIL.test(a)) return format === 'md' ? escapeMarkdown(a) : a;
    return format === 'html' ? new env.SafeString(`<a href="mailto:${escape(a)}">${escape(a)}</a>`) : `<${a}>`;
  });
}

interface TaggedError {
  templateFile?: string;
  lineNumber?: number;
  message: string;
}

/** A Handlebars failure as `templates/x.hbs:12: "foo" not defined`. */
function templateError(e: unknown): SlaError {
  const err = e as TaggedError;
  const message = String(err.message ?? e);
  const line = err.lineNumber ?? Number(/on line (\d+)/.exec(message)?.[1] ?? NaN);
  const first = message
    .split('\n')[0]
    .replace(/ in (\[object \w+\]|undefined|null)/, '')
    .replace(/ - \d+:\d+$/, '');
  const where = err.templateFile ? `${err.templateFile}${Number.isFinite(line) ? `:${line}` : ''}: ` : '';
  return new SlaError(`template error: ${where}${first}`, 2);
}

/** A partial that names its file when it fails (the innermost one wins). */
function tagged(template: Template, file: string): Template {
  return (context, options) => {
    try {
      return template(context, options);
    } catch (e) {
      if (e && typeof e === 'object' && !(e as TaggedError).templateFile) (e as TaggedError).templateFile = file;
      throw e;
    }
  };
}

/**
 * Renders the `document` template over a view in an isolated Handlebars
 * environment: built-ins precompiled at build time, other templates compiled
 * from their text, both in strict mode (a missing field fails with its file
 * and line), prototype access left at Handlebars' safe defaults,
 * HTML escaping on for HTML; the Markdown view arrives escaped already.
 */
export function renderTemplates(format: RenderFormat, templates: readonly TemplateSource[], view: unknown): string {
  const env = createEnvironment(format, templates);
  registerHelpers(env, format);
  let document: Template | undefined;
  for (const t of templates) {
    const compiled = tagged(templateFunction(env, format, t), t.file);
    if (t.name === 'document') document = compiled;
    else env.registerPartial(t.name, compiled as unknown as Handlebars.Template);
  }
  if (!document) throw new SlaError('template error: no document template (document.hbs)', 2);
  try {
    return document(view);
  } catch (e) {
    throw templateError(e);
  }
}
