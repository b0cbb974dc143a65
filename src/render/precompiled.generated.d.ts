// Generated from templates/contract/ by scripts/precompile-templates.js (npm run gen). Do not edit.
import type Handlebars from 'handlebars';

export interface PrecompiledTemplate {
  /** The template text this spec was compiled from. */
  readonly source: string;
  readonly spec: Parameters<typeof Handlebars.template>[0];
}

/** Built-in templates by format and partial name. */
export declare const PRECOMPILED: Readonly<Record<'md' | 'html', Readonly<Record<string, PrecompiledTemplate>>>>;
