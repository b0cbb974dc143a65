import { PRECOMPILED } from './precompiled.generated';
import { SECTIONS } from './view/build-view';

export type RenderFormat = 'md' | 'html';

/** One template: its partial name, the file it came from (for messages) and its text. */
export interface TemplateSource {
  name: string;
  file: string;
  text: string;
}

/** The partials every document uses; `styles` is HTML only. */
export function partialNames(format: RenderFormat): string[] {
  return ['document', ...(format === 'html' ? ['styles'] : []), 'title', 'contents', ...SECTIONS.map((s) => s.id)];
}

/**
 * Built-ins overridden by file name: a custom `services.hbs` replaces the
 * built-in services partial and the rest stay; extra names become extra
 * partials a custom template may include.
 */
export function mergeTemplates(builtIns: readonly TemplateSource[], overrides: readonly TemplateSource[]): TemplateSource[] {
  const byName = new Map(builtIns.map((t) => [t.name, t]));
  for (const t of overrides) byName.set(t.name, t);
  return [...byName.values()];
}

/** "services.hbs" -> "services"; null for files that are not templates. */
export function templateName(fileName: string): string | null {
  const m = /^([A-Za-z0-9][\w-]*)\.hbs$/.exec(fileName);
  return m ? m[1] : null;
}

/**
 * The built-in templates as the build precompiled them
 * (scripts/precompile-templates.js): the text of templates/contract/<format>/
 * when the CLI was built, in file-name order, without reading the files.
 */
export function builtInTemplates(format: RenderFormat): TemplateSource[] {
  return Object.entries(PRECOMPILED[format]).map(([name, t]) => ({ name, file: `templates/contract/${format}/${name}.hbs`, text: t.source }));
}
