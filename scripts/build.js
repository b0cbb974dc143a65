#!/usr/bin/env node
'use strict';
// Bundles the CLI into dist/ with esbuild. ESM output with code splitting, so
// that the start-up file holds only what `lint`, `schema`, `init` and help
// need; `render` and `evaluate` (handlebars, markdown-it, luxon, the CSV
// reader) are chunks that their commands load with import() when they run.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');
const pkg = require('../package.json');

const root = path.join(__dirname, '..');
const outdir = path.join(root, 'dist');

// Bundled CommonJS dependencies call require() for Node built-ins, and a few
// files use __dirname: give every ESM chunk both.
const banner = [
  "import { createRequire as __slaCreateRequire } from 'node:module';",
  "import { fileURLToPath as __slaFileURLToPath } from 'node:url';",
  "import { dirname as __slaDirname } from 'node:path';",
  'const require = __slaCreateRequire(import.meta.url);',
  'const __filename = __slaFileURLToPath(import.meta.url);',
  'const __dirname = __slaDirname(__filename);',
].join('\n');

// Handlebars' code generator requires `source-map` only to emit source maps,
// which `sla` never asks for; without it Handlebars uses its own tiny
// SourceNode and compiles the same templates. An empty stub saves loading it
// (~18 ms) whenever a custom --template is compiled. (render perf)
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
// the chunk is ~15 KB smaller, `sla lint` of one file starts ~5 ms sooner and
// each file parses ~20% faster in a long run. Its one difference: a warning
// goes to console.warn, not process.emitWarning (load.ts sets logLevel
// 'error' anyway). (lint perf)
const yamlAsEsm = {
  name: 'yaml-as-esm',
  setup(b) {
    const esm = path.join(path.dirname(require.resolve('yaml/package.json')), 'browser/dist/index.js');
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: esm }));
  },
};

// The schema validator as an ES module (scripts/gen-validator.js writes it
// beside the CommonJS file that tests and tsc read), so that esbuild hoists
// it instead of wrapping it in a function: ~5 ms of `sla lint`. (lint perf)
const validatorAsEsm = {
  name: 'validator-as-esm',
  setup(b) {
    b.onResolve({ filter: /^\.\/agreement-validator\.generated$/ }, (args) => ({ path: path.join(args.resolveDir, 'agreement-validator.generated.mjs') }));
  },
};

async function build() {
  // The built-in templates, precompiled into src/render/precompiled.generated.js
  // (rewritten only when a template changed), so render never compiles them. (render perf)
  require('./precompile-templates').write();
  fs.rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: { sla: path.join(root, 'src/cli/main.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    mainFields: ['module', 'main'],
    banner: { js: banner },
    legalComments: 'none',
    minify: true,
    keepNames: false,
    define: { __SLA_VERSION__: JSON.stringify(pkg.version) },
    logLevel: 'warning',
    plugins: [noSourceMap, yamlAsEsm, validatorAsEsm],
  });
}

build().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
