#!/usr/bin/env node
'use strict';
// Writes docs/changes/<kind>.md and docs/changes/README.md from the catalogue
// of change kinds (src/diff/kinds/). `npm run gen` writes them (scripts/gen.js).
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const dir = path.join(root, 'docs', 'changes');

const BENEFIT = {
  owner: "the owner of the obligation (the provider for a provider's metric, the customer for a customer obligation)",
  counterparty: "the other party than the owner of the obligation (the customer for a provider's metric)",
  customer: 'the customer',
  provider: 'the provider',
  neutral: 'neither party (`neutral`)',
  review: 'cannot be told from the file (`review`)',
};

function pageFor(kind, spec) {
  const lines = [
    `# \`${kind}\`: ${spec.title}`,
    '',
    spec.what,
    '',
    `**Whom it favours:** ${BENEFIT[spec.benefits]}. ${spec.whom}`,
    '',
    spec.mirror === kind ? '**Mirror:** itself (the reverse change is the same kind).' : `**Mirror:** [\`${spec.mirror}\`](${spec.mirror}.md), the same change read backwards.`,
  ];
  if (spec.hidden) lines.push('', 'Hidden in reports unless `sla diff --all`.');
  lines.push('', `**Example:** the fixture pair [\`test/fixtures/diff/${kind}/\`](../../test/fixtures/diff/${kind}/) (\`old.sla.yaml\` → \`new.sla.yaml\`).`, '');
  return lines.join('\n');
}

function indexPage(catalogue) {
  const rows = Object.entries(catalogue).map(([kind, spec]) => `| [\`${kind}\`](${kind}.md) | ${spec.title} | ${spec.benefits} | [\`${spec.mirror}\`](${spec.mirror}.md) |`);
  return [
    '# Change kinds',
    '',
    '`sla diff` classifies every change between two versions of an agreement as one of',
    'these kinds (see [the diff guide](../diff.md)). "Favours" is resolved per change:',
    '`owner` and `counterparty` become the customer or the provider by the role of the',
    'party that owns the obligation.',
    '',
    '| kind | title | favours | mirror |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function loadCatalogue() {
  const esbuild = require('esbuild');
  const out = esbuild.buildSync({ entryPoints: [path.join(root, 'src/diff/kinds/index.ts')], bundle: true, platform: 'node', format: 'cjs', write: false });
  const m = { exports: {} };
  new Function('module', 'exports', 'require', out.outputFiles[0].text)(m, m.exports, require);
  return m.exports.catalogue;
}

/** What `npm run gen` writes. */
function outputs(catalogue = loadCatalogue()) {
  fs.mkdirSync(dir, { recursive: true });
  return [
    ...Object.entries(catalogue).map(([kind, spec]) => ({ file: path.join(dir, `${kind}.md`), text: pageFor(kind, spec) })),
    { file: path.join(dir, 'README.md'), text: indexPage(catalogue) },
  ];
}

module.exports = { pageFor, indexPage, outputs };
