#!/usr/bin/env node
'use strict';
// Bundles the CLI into dist/ with esbuild: one file for start-up (lint, schema,
// init, help) and one per heavy wing, loaded only by the command that needs it.
const esbuild = require('esbuild');
const path = require('path');
const pkg = require('../package.json');

const root = path.join(__dirname, '..');

async function build() {
  await esbuild.build({
    entryPoints: { sla: path.join(root, 'src/cli/main.ts') },
    outdir: path.join(root, 'dist'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: false,
    legalComments: 'none',
    define: { __SLA_VERSION__: JSON.stringify(pkg.version) },
    logLevel: 'warning',
  });
}

build().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
