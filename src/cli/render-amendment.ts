import { UsageError } from '../core/errors';
import type { Agreement } from '../core/model';
import { catalogue, diffAgreements } from '../diff';
import { checkOutput, writeOutput } from '../io/output';
import { amendmentHtml, amendmentMarkdown, buildAmendment } from '../render/amendment/document';
import { renderDocument } from '../render/render-document';
import { builtInTemplates } from '../render/templates';
import { checkSides, loadSide, readSide, sideInputs } from './diff-load';
import type { CliIO } from './io';
import { formatFor, type RenderCommandOptions } from './render-command';

/**
 * `sla render NEW --amendment OLD`: the amendment from OLD to NEW as a
 * document (numbered instructions by clause, and a blackline of the contract
 * text) in Markdown, HTML or PDF. The diff is computed here and handed to
 * render as plain data, so render does not depend on the diff wing.
 */
export async function renderAmendment(options: RenderCommandOptions & { amendment: string }, io: CliIO): Promise<number> {
  if (options.template !== undefined) throw new UsageError('--template applies to the contract, not to --amendment');
  checkSides(options.amendment, options.file);
  const format = formatFor(options);
  const inputs = sideInputs([options.file, options.amendment], io.cwd);
  checkOutput({ io, out: options.out, inputs }); // before a browser starts
  const pdf = format === 'pdf' ? await import('../io/browser') : null;
  const browser = pdf ? pdf.findBrowser(io.env) : null;
  const before = loadSide(await readSide(options.amendment, io), 'OLD');
  const after = loadSide(await readSide(options.file, io), 'NEW');
  const a = before.data as unknown as Agreement;
  const b = after.data as unknown as Agreement;
  const result = diffAgreements(before.data as Record<string, unknown>, after.data as Record<string, unknown>);
  const changes = result.changes.filter((c) => !c.hidden).map((c) => ({ ...c, title: catalogue[c.kind].title }));
  const contract = (x: Agreement) => renderDocument(x, { format: 'md', templates: builtInTemplates('md'), locale: options.locale });
  const view = buildAmendment(a, b, { changes, oldContract: contract(a), newContract: contract(b) }, options.locale);
  const text = format === 'md' ? amendmentMarkdown(view) : amendmentHtml(view);
  const output: string | Uint8Array = pdf && browser ? await pdf.printPdf(text, browser, pdf.browserTimeout(io.env)) : text;
  await writeOutput(output, { io, out: options.out, inputs });
  return 0;
}
