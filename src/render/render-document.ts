import { withoutControls } from '../core/control-chars';
import type { AgreementInput } from './agreement';
import { renderTemplates } from './environment';
import { escapeView, tidyMarkdown } from './format/markdown-text';
import type { RenderFormat, TemplateSource } from './templates';
import { buildView, type ViewOptions } from './view/build-view';

export interface RenderOptions extends ViewOptions {
  format: RenderFormat;
  /** The templates to use: built-ins merged with any overrides (see mergeTemplates). */
  templates: readonly TemplateSource[];
}

/** The contract document of an agreement as Markdown or HTML text. Pure: the same input gives the same bytes. */
export function renderDocument(agreement: AgreementInput, options: RenderOptions): string {
  // agreement text may hold terminal escapes and characters HTML cannot hold: each shows as \u001B
  const view = buildView(withoutControls(agreement), options);
  if (options.format === 'md') return tidyMarkdown(renderTemplates('md', options.templates, escapeView(view)));
  return renderTemplates('html', options.templates, view);
}
