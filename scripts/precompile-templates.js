#!/usr/bin/env node
'use strict';
// Writes src/render/precompiled.generated.js (+ .d.ts): the built-in templates
// of templates/contract/ precompiled by Handlebars, so `sla render` never
// compiles them at run time (that cost ~110 ms a run). Each entry keeps its
// source text: the built CLI takes its built-in templates from this table
// (src/render/templates.ts builtInTemplates), and src/render/compile.ts uses a
// spec only for a template whose text is exactly that source, so when the
// sources run (tests) a stale file costs time, never correctness.
// The compile options come from src/render/compile-options.json, which the
// run-time compiler (custom --template files) reads too. `npm run gen` writes
// them (scripts/gen.js).
const fs = require('fs');
const path = require('path');
const Handlebars = require('handlebars');

const root = path.join(__dirname, '..');
const TEMPLATES = path.join(root, 'templates/contract');
const OPTIONS = require(path.join(root, 'src/render/compile-options.json'));
const OUT = path.join(root, 'src/render/precompiled.generated.js');
const OUT_DTS = path.join(root, 'src/render/precompiled.generated.d.ts');
const FORMATS = ['html', 'md'];
const NAME = /^([A-Za-z0-9][\w-]*)\.hbs$/; // as templateName() in src/render/templates.ts

const BANNER = '// Generated from templates/contract/ by scripts/precompile-templates.js (npm run gen). Do not edit.\n';

function entries(format) {
  const dir = path.join(TEMPLATES, format);
  return fs
    .readdirSync(dir)
    .filter((f) => NAME.test(f))
    .sort()
    .map((file) => {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      // precompile() writes `data` into its options: give it a copy.
      const spec = Handlebars.precompile(source, { ...OPTIONS[format] });
      return `    ${JSON.stringify(NAME.exec(file)[1])}: {\n      source: ${JSON.stringify(source)},\n      spec: ${spec},\n    },\n`;
    });
}

function generate() {
  const formats = FORMATS.map((f) => `  ${f}: {\n${entries(f).join('')}  },\n`).join('');
  const js = `${BANNER}'use strict';\n// handlebars@${Handlebars.VERSION}\nexports.PRECOMPILED = {\n${formats}};\n`;
  const dts = `${BANNER}import type Handlebars from 'handlebars';

export interface PrecompiledTemplate {
  /** The template text this spec was compiled from. */
  readonly source: string;
  readonly spec: Parameters<typeof Handlebars.template>[0];
}

/** Built-in templates by format and partial name. */
export declare const PRECOMPILED: Readonly<Record<'md' | 'html', Readonly<Record<string, PrecompiledTemplate>>>>;
`;
  return { js, dts };
}

/** What `npm run gen` writes. */
function outputs() {
  const { js, dts } = generate();
  return [
    { file: OUT, text: js },
    { file: OUT_DTS, text: dts },
  ];
}

module.exports = { generate, outputs, OUT, OUT_DTS };
