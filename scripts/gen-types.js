#!/usr/bin/env node
'use strict';
// Writes src/core/model.generated.ts from schemas/agreement.schema.json, so the
// TypeScript model cannot drift from the schema. `npm run gen` writes it.
const fs = require('fs');
const path = require('path');
const { compile } = require('json-schema-to-typescript');

const root = path.join(__dirname, '..');
const OUT = path.join(root, 'src/core/model.generated.ts');

async function generate() {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/agreement.schema.json'), 'utf8'));
  const ts = await compile(namedRefs(schema, schema), 'Agreement', {
    bannerComment:
      '/**\n * Generated from schemas/agreement.schema.json by scripts/gen-types.js. Do not edit:\n * change the schema and run `npm run gen`.\n */',
    additionalProperties: false,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    strictIndexSignatures: false,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true, printWidth: 100 },
    cwd: root,
  });
  return ts;
}

// A `$ref` with a sibling `description` makes json-schema-to-typescript emit a
// numbered copy of the target (Identifier1, Identifier2 ...). Pointing such
// properties at the definition's title keeps one named type per definition
// and the property's own description on the property.
function namedRefs(node, schema) {
  if (Array.isArray(node)) return node.map((n) => namedRefs(n, schema));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = namedRefs(v, schema);
  if (typeof node.$ref === 'string' && Object.keys(node).length > 1) {
    const name = node.$ref.replace('#/$defs/', '');
    const target = schema.$defs[name];
    if (!target || !target.title) throw new Error(`$ref ${node.$ref} needs a $defs entry with a title`);
    delete out.$ref;
    out.tsType = target.title;
  }
  return out;
}

/** What `npm run gen` writes. */
async function outputs() {
  return [{ file: OUT, text: await generate() }];
}

module.exports = { generate, outputs, OUT };
