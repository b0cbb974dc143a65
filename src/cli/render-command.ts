import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from '../core/errors';
import { assetPath } from '../io/assets';
import { readBytes, readStdin, STDIN } from '../io/files';
import { checkOutput, configInputs, writeOutput } from '../io/output';
import { loadDocument } from '../core/load';
import { renderDocument } from '../render/render-document';
import * as renderTemplates from '../render/templates';
import type { RenderFormat, TemplateSource } from '../render/templates';
import type { CliIO } from './io';
import { refuseOnLintErrors } from './lint-gate';
import { noteAgreementSize } from './long-run';

import type { RenderFormatName } from './render';

export interface RenderCommandOptions {
  /** The agreement, or `-` for standard input. */
  file: string;
  format?: RenderFormatName;
  /** Where to write; `-` or absent: standard output. */
  out?: string;
  /** A folder of templates that override the built-ins by file name. */
  template?: string;
  locale?: string;
  /** YYYY-MM-DD: prints "Issued …". */
  date?: string;
  /** The agreement before (a file, - or REV:PATH): render the amendment from it to `file` instead. */
  amendment?: string;
}

const EXTENSIONS: Record<string, RenderFormatName> = { '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.pdf': 'pdf' };

export function formatFor(options: Pick<RenderCommandOptions, 'format' | 'out'>): RenderFormatName {
  if (options.format) return options.format;
  if (options.out && options.out !== '-') return EXTENSIONS[path.extname(options.out).toLowerCase()] ?? 'md';
  return 'md';
}

function checkDate(date: string | undefined): void {
  if (date === undefined) return;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  // Date.UTC rolls month 13 over into the next year: the month must come back as written too
  if (!d || d.getUTCDate() !== Number(m?.[3]) || d.getUTCMonth() !== Number(m?.[2]) - 1) throw new UsageError(`--date expects a date as YYYY-MM-DD, got '${date}'`);
}

function checkLocale(locale: string | undefined): void {
  if (locale === undefined) return;
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    throw new UsageError(`--locale expects a BCP 47 language tag such as en-GB, en-US or de-DE, got '${locale}'`);
  }
}

type Templates = typeof import('../render/templates');

/** true in the bundle (scripts/build.js); undeclared when the sources run under the tests. */
declare const __SLA_BUILT__: boolean | undefined;

function readTemplates(t: Templates, dir: string, shownAs: string): TemplateSource[] {
  const names = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && t.templateName(e.name) !== null);
  return names
    .map((e) => e.name)
    .sort()
    .map((file) => ({ name: t.templateName(file) as string, file: path.join(shownAs, file), text: fs.readFileSync(path.join(dir, file), 'utf8') }));
}

const isDir = (p: string): boolean => fs.existsSync(p) && fs.statSync(p).isDirectory();

/** Built-ins, then DIR/*.hbs, then DIR/<format>/*.hbs: the later wins by name. */
function templatesFor(t: Templates, format: RenderFormat, custom: string | undefined, cwd: string): TemplateSource[] {
  // The built CLI takes its built-ins from the table the build precompiled
  // them into (~2.5 ms less than reading 30 files); run from sources (the
  // tests), it reads templates/contract/, so an edited template shows at once.
  const builtIn =
    typeof __SLA_BUILT__ !== 'undefined' && __SLA_BUILT__
      ? t.builtInTemplates(format)
      : readTemplates(t, assetPath('templates', 'contract', format), path.join('templates', 'contract', format));
  if (custom === undefined) return builtIn;
  const dir = path.resolve(cwd, custom);
  if (!isDir(dir)) throw new UsageError(`template directory ${custom} does not exist or is not a folder`);
  const forFormat = path.join(dir, format);
  const own = [...readTemplates(t, dir, custom), ...(isDir(forFormat) ? readTemplates(t, forFormat, path.join(custom, format)) : [])];
  return t.mergeTemplates(builtIn, own);
}

/** Renders one agreement to Markdown, HTML or PDF; resolves to the exit code. */
export async function renderCommand(options: RenderCommandOptions, io: CliIO): Promise<number> {
  if (options.amendment !== undefined) return (await import('./render-amendment')).renderAmendment({ ...options, amendment: options.amendment }, io);
  const format = formatFor(options);
  checkDate(options.date);
  checkLocale(options.locale);
  const source = options.file === STDIN ? [] : [{ path: path.resolve(io.cwd, options.file), what: 'the agreement' }];
  checkOutput({ io, out: options.out, inputs: source }); // before a browser starts
  const pdf = format === 'pdf' ? await import('../io/browser') : null;
  const browser = pdf ? pdf.findBrowser(io.env) : null;
  const kind: RenderFormat = format === 'md' ? 'md' : 'html';
  const templates = templatesFor(renderTemplates, kind, options.template, io.cwd);
  const bytes = options.file === STDIN ? await readStdin(io.stdin) : readBytes(options.file, io.cwd);
  noteAgreementSize(bytes, io);
  const agreement = refuseOnLintErrors(loadDocument(bytes, options.file === STDIN ? '<stdin>' : options.file), io);
  const text = renderDocument(agreement, { format: kind, templates, locale: options.locale, date: options.date });
  const output: string | Uint8Array = pdf && browser ? await pdf.printPdf(text, browser, pdf.browserTimeout(io.env)) : text;
  const read = [...source, ...configInputs(source.map((s) => path.dirname(s.path))), ...templates.map((t) => ({ path: path.resolve(io.cwd, t.file), what: 'a template' }))];
  await writeOutput(output, { io, out: options.out, inputs: read });
  return 0;
}
