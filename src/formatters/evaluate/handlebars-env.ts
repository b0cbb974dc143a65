import Handlebars from 'handlebars';
import type { ReportModel } from './report-model';

type Template = (model: ReportModel) => string;

const compiled = new Map<string, Template>();

/**
 * Compiles a report template in its own Handlebars environment (no global
 * helpers or partials leak in or out), strict so a misspelt field fails
 * loudly, with HTML escaping on; only the prebuilt charts use `{{{ }}}`.
 */
export function compileReport(source: string): Template {
  let t = compiled.get(source);
  if (!t) {
    const env = Handlebars.create();
    env.registerHelper('md', (s: unknown) => new env.SafeString(markdownText(String(s))));
    // {{log}} would print with console.log, into a report written to standard output
    env.registerHelper('log', () => '');
    t = env.compile<ReportModel>(source, { strict: true });
    compiled.set(source, t);
  }
  return t;
}

/** Plain text made inert in Markdown: HTML-significant characters as entities, Markdown punctuation escaped. */
export function markdownText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/([\\`*_[\]|#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}
