import type Handlebars from 'handlebars';
import Runtime from 'handlebars/runtime';
import COMPILE_OPTIONS from './compile-options.json';
import { PRECOMPILED } from './precompiled.generated';
import { checkTemplates } from './template-limits';
import type { RenderFormat, TemplateSource } from './templates';

export type Env = typeof Handlebars;
export type Template = (context: unknown, options?: Record<string, unknown>) => string;
type Spec = Parameters<Env['template']>[0];

/**
 * The build-time spec of a template whose text is exactly a built-in's
 * (scripts/precompile-templates.js made it with COMPILE_OPTIONS), else null:
 * custom templates, or built-ins edited since the last build.
 */
export function precompiledSpec(format: RenderFormat, t: TemplateSource): Spec | null {
  const table = PRECOMPILED[format];
  const built = Object.prototype.hasOwnProperty.call(table, t.name) ? table[t.name] : undefined;
  return built !== undefined && built.source === t.text ? built.spec : null;
}

/**
 * A fresh, isolated environment. Handlebars' compiler (parser and code
 * generator) is loaded only when some template has to be compiled now; the
 * runtime alone runs precompiled ones. Both share one runtime, so helpers,
 * escaping and prototype protections are the same either way.
 */
export function createEnvironment(format: RenderFormat, templates: readonly TemplateSource[]): Env {
  const custom = templates.filter((t) => precompiledSpec(format, t) === null);
  if (custom.length === 0) return Runtime.create() as Env;
  checkTemplates(custom);
  // loaded on demand: only custom templates need it
  return (require('handlebars') as Env).create();
}

/** One template as a function: its precompiled spec, else compiled (lazily, on first use) with the same options. */
export function templateFunction(env: Env, format: RenderFormat, t: TemplateSource): Template {
  const spec = precompiledSpec(format, t);
  if (spec) return env.template(spec) as Template;
  // compile() copies its options; the spread keeps the shared object out of reach anyway.
  return env.compile(t.text, { ...COMPILE_OPTIONS[format] }) as Template;
}
