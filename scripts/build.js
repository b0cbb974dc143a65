#!/usr/bin/env node
'use strict';
// Bundles the CLI into dist/ with esbuild, as CommonJS: dist/sla.js holds the
// whole CLI, and bin/sla.js runs it through a V8 code cache (dist/sla.cache,
// written here after a warm-up run) so that a command starts without parsing
// or compiling what it runs. Three things stay out of that file, each its own
// entry: the CSV worker thread's script, puppeteer-core (1.2 MB, needed only
// for PDF) and the language server's libraries (only for `sla lsp`). The
// figures behind each choice are in docs/benchmarks.md.
//
// For profiling: SLA_BUILD_READABLE=1 leaves the code unminified (the cache
// is made for that code), SLA_BUILD_META=1 writes esbuild's dist/meta.json.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const pkg = require('../package.json');

const root = path.join(__dirname, '..');
const outdir = path.join(root, 'dist');

// A bundled dependency (fdir, under tinyglobby) calls createRequire(import.meta.url).
const banner = "var __slaImportMetaUrl = require('url').pathToFileURL(__filename).href;";

// Handlebars' code generator requires `source-map` only to emit source maps,
// which `sla` never asks for; without it Handlebars uses its own tiny
// SourceNode and compiles the same templates. An empty stub saves loading it
// (~18 ms) whenever a custom --template is compiled.
const noSourceMap = {
  name: 'handlebars-without-source-map',
  setup(b) {
    b.onResolve({ filter: /^source-map$/ }, (args) =>
      /[\\/]node_modules[\\/]handlebars[\\/]/.test(args.importer) ? { path: 'source-map', namespace: 'sla-empty' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'sla-empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

// The `yaml` package's ESM build (the same code as its CommonJS dist/, which
// esbuild would wrap module by module) lets esbuild hoist and tree-shake it:
// the bundle is ~15 KB smaller, `sla lint` of one file starts ~5 ms sooner and
// each file parses ~20% faster in a long run. Its one difference: a warning
// goes to console.warn, not process.emitWarning (load.ts sets logLevel
// 'error' anyway).
const yamlAsEsm = {
  name: 'yaml-as-esm',
  setup(b) {
    const esm = path.join(path.dirname(require.resolve('yaml/package.json')), 'browser/dist/index.js');
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: esm }));
  },
};

// Two dependencies of markdown-it that sla does not need at start:
// - `entities`: markdown-it calls its decodeHTML and decodeHTMLStrict only for
//   text holding an entity such as &amp;, but the package builds its decoding
//   and encoding tables when it loads (~2 ms of every render with prose). A
//   stand-in loads the decoder on the first call.
// - `linkify-it`: markdown-it's constructor makes one (compiling large
//   Unicode patterns, ~1 ms), used only with `linkify: true`; sla turns
//   linkify off, so a stand-in that refuses to be used takes its place.
// markdown-it's ES module build is bundled, so that these imports are
// resolved here.
const markdownItLean = {
  name: 'markdown-it-lean',
  setup(b) {
    const esm = path.join(path.dirname(require.resolve('markdown-it/package.json')), 'index.mjs');
    const fromMarkdownIt = (args) => /[\\/]node_modules[\\/]markdown-it[\\/]/.test(args.importer);
    b.onResolve({ filter: /^markdown-it$/ }, () => ({ path: esm }));
    b.onResolve({ filter: /^(entities|linkify-it)$/ }, (args) => (fromMarkdownIt(args) ? { path: args.path, namespace: 'sla-markdown-it' } : undefined));
    const decoder = path.join(path.dirname(require.resolve('entities', { paths: [path.dirname(esm)] })), 'decode.js');
    const refuse = "() => { throw new Error('linkify is off in sla'); }";
    const standIns = {
      entities: [
        'let decoder;',
        `const load = () => (decoder ??= require(${JSON.stringify(decoder)}));`,
        'export const decodeHTML = (text, mode) => load().decodeHTML(text, mode);',
        'export const decodeHTMLStrict = (text) => load().decodeHTMLStrict(text);',
      ].join('\n'),
      'linkify-it': `export default class LinkifyOff { test = ${refuse}; match = ${refuse}; matchAtStart = ${refuse}; pretest = () => false; }`,
    };
    b.onLoad({ filter: /.*/, namespace: 'sla-markdown-it' }, (args) => ({ contents: standIns[args.path], loader: 'js', resolveDir: root }));
  },
};

// Commander requires child_process (with net, dgram and more: ~1.3 ms) for
// stand-alone executable subcommands, which sla does not have; it is loaded
// only if something uses it.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'sla-lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'sla-lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

// PDF printing loads puppeteer-core from its own file, on demand.
const puppeteerApart = {
  name: 'puppeteer-apart',
  setup(b) {
    b.onResolve({ filter: /^puppeteer-core$/ }, (args) => (args.kind === 'entry-point' ? undefined : { path: './puppeteer-core.js', external: true }));
  },
};

// The language server's libraries (vscode-languageserver and its protocol,
// ~250 KB) are read only by `sla lsp`: src/cli/lsp/vendor.ts, which re-exports
// them, is its own entry, dist/lsp-vendor.js, and src/cli/lsp loads that file.
const lspVendorApart = {
  name: 'lsp-vendor-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/vendor$/ }, (args) =>
      args.kind !== 'entry-point' && /[\\/]src[\\/]cli[\\/]lsp$/.test(args.resolveDir) ? { path: './lsp-vendor.js', external: true } : undefined,
    );
  },
};

/**
 * Escapes what esbuild leaves outside ASCII (it keeps a few characters in
 * regular expressions, from markdown-it and sla's own word patterns) as
 * \uXXXX, which means the same in a string, a template, a regular
 * expression and a name. A file of one non-ASCII character is read as a
 * two-byte string twice its size: ~9 ms more of every start.
 */
function asciiOnly(file) {
  const text = fs.readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\x00-\x7f]/g, (c, at) => {
    // after a backslash the escape would read as an escaped backslash and text: never seen, refused
    if (text[at - 1] === '\\') throw new Error(`${path.basename(file)}: a non-ASCII character after a backslash at offset ${at}`);
    return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  });
  if (ascii !== text) fs.writeFileSync(file, ascii);
}

async function build() {
  // Generated files in src/ (the schema's model and validator, the
  // precompiled templates) are written by `npm run gen` alone, and a test
  // fails when one is stale: the build reads them as committed.
  fs.rmSync(outdir, { recursive: true, force: true });
  const result = await esbuild.build({
    entryPoints: {
      sla: path.join(root, 'src/cli/main.ts'),
      'csv-worker': path.join(root, 'src/cli/csv-worker.ts'),
      'puppeteer-core': 'puppeteer-core',
      'lsp-vendor': path.join(root, 'src/cli/lsp/vendor.ts'),
    },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // import() of bundled modules becomes a lazy require: nothing is loaded
    // before a command asks for it, and no ES module loader starts.
    supported: { 'dynamic-import': false },
    mainFields: ['module', 'main'],
    banner: { js: banner },
    define: { __SLA_VERSION__: JSON.stringify(pkg.version), __SLA_BUILT__: 'true', 'import.meta.url': '__slaImportMetaUrl' },
    legalComments: 'none',
    minify: !process.env.SLA_BUILD_READABLE,
    keepNames: false,
    logLevel: 'warning',
    metafile: !!process.env.SLA_BUILD_META,
    // DuckDB (Parquet data sources) is an optional dependency with a native
    // library: required from node_modules when a Parquet source is read, never bundled.
    external: ['@duckdb/node-api'],
    plugins: [noSourceMap, yamlAsEsm, puppeteerApart, lspVendorApart, lazyChildProcess, markdownItLean],
  });
  if (result.metafile) fs.writeFileSync(path.join(outdir, 'meta.json'), JSON.stringify(result.metafile));
  asciiOnly(path.join(outdir, 'sla.js'));
  asciiOnly(path.join(outdir, 'csv-worker.js'));
  // The cache only makes start-up faster: without it the CLI works, so a
  // failed warm-up is a warning here (the tests fail on a missing cache).
  try {
    require('./code-cache').write();
  } catch (e) {
    for (const name of require('./code-cache').caches) fs.rmSync(path.join(outdir, name), { force: true });
    console.warn(`sla build: no code cache (${e.message}); commands will start slower`);
  }
}

build().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
