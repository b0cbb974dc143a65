#!/usr/bin/env node
'use strict';
// Every generated file of the repository, made from its source:
//   npm run gen              write them (after editing the schema or a built-in template)
//   npm run gen -- --check   write nothing; list each stale file and exit 1 (a test runs this)
// The build never writes into src/: it reads these files as committed, so a
// stale one fails the check instead of being fixed silently on a user's machine.
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');

/** Each generator (a script here whose outputs() lists the files it makes) and what from. */
const GENERATORS = [
  ['gen-types.js', 'schemas/agreement.schema.json -> the TypeScript model'],
  ['gen-validator.js', 'schemas/agreement.schema.json -> the precompiled validator'],
  ['gen-format-docs.js', 'schemas/agreement.schema.json -> docs/format.md (below its marker)'],
  ['precompile-templates.js', 'templates/contract/ -> the precompiled built-in templates'],
  ['gen-change-docs.js', 'src/diff/kinds/ -> docs/changes/ (a page per change kind)'],
];

/** Every file the generators make: { script, file, text }. */
async function allOutputs() {
  const out = [];
  for (const [script] of GENERATORS) {
    for (const o of await require(path.join(__dirname, script)).outputs()) out.push({ script, ...o });
  }
  return out;
}

/** The outputs whose file does not hold their text, as messages. */
function stale(outputs) {
  return outputs
    .filter(({ file, text }) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text)
    .map(({ script, file }) => `${path.relative(root, file)} is stale (made by scripts/${script})`);
}

async function main() {
  const outputs = await allOutputs();
  if (process.argv.includes('--check')) {
    const messages = stale(outputs);
    for (const m of messages) console.error(m);
    if (messages.length > 0) {
      console.error('run `npm run gen` and commit the result');
      process.exitCode = 1;
    }
    return;
  }
  for (const { file, text } of outputs) {
    if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) continue;
    fs.writeFileSync(file, text);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}

module.exports = { GENERATORS, stale };

if (require.main === module) {
  main().catch((e) => {
    console.error(e.message);
    process.exitCode = 2;
  });
}
