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
// run-time compiler (custom --template files) reads too.
// scripts/build.js runs this before bundling; `--check` exits 1 when stale.
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

const BANNER = '/* eslint-disable */\n// Generated from templates/contract/ by scripts/precompile-templates.js. Do not edit.\n';

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

function writeIfChanged(file, text) {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return false;
  fs.writeFileSync(file, text);
  return true;
}

/** Regenerates both files; true when either changed. */
function write() {
  const { js, dts } = generate();
  return [writeIfChanged(OUT, js), writeIfChanged(OUT_DTS, dts)].some(Boolean);
}

module.exports = { generate, write, OUT, OUT_DTS };

if (require.main === module) {
  if (process.argv.includes('--check')) {
    const { js, dts } = generate();
    const stale = [[OUT, js], [OUT_DTS, dts]].filter(([f, t]) => !fs.existsSync(f) || fs.readFileSync(f, 'utf8') !== t);
    for (const [f] of stale) console.error(`${path.relative(root, f)} is stale: run node scripts/precompile-templates.js`);
    process.exitCode = stale.length ? 1 : 0;
  } else if (write()) {
    console.log(`wrote ${path.relative(root, OUT)}`);
  }
}
