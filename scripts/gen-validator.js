#!/usr/bin/env node
'use strict';
// Writes src/core/agreement-validator.generated.js (+ .d.ts): the agreement
// schema compiled by Ajv into standalone CommonJS, so start-up never compiles
// the schema (compiling at run time cost 100-165 ms). Run after editing it:
//   node scripts/gen-types.js && node scripts/gen-validator.js && node scripts/gen-format-docs.js
//
// Besides `Agreement`, every definition that is a branch of a oneOf/anyOf gets
// its own validator: src/core/validate.ts re-checks a failed union's value
// against the one branch that fits its shape, so messages come from that
// branch alone instead of every branch at once.
//
// The same code is also written as an ES module (.mjs) for the bundle:
// scripts/build.js uses it in place of the CommonJS file, which esbuild would
// wrap in a function that V8 parses twice (~5 ms of `sla lint`'s start-up).
// Jest and tsc keep reading the CommonJS file and its .d.ts.
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020').default;
const standaloneCode = require('ajv/dist/standalone').default;

const root = path.join(__dirname, '..');
const OUT = path.join(root, 'src/core/agreement-validator.generated.js');
const OUT_DTS = path.join(root, 'src/core/agreement-validator.generated.d.ts');
const OUT_ESM = path.join(root, 'src/core/agreement-validator.generated.mjs');
const BANNER =
  '/* eslint-disable */\n// Generated from schemas/agreement.schema.json by scripts/gen-validator.js. Do not edit.\n';

function createAjv({ esm = false } = {}) {
  const ajv = new Ajv2020({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    // Errors carry their schema (x-expected, property names, union branches)
    // so messages need no copy of the schema at run time.
    verbose: true,
    code: { source: true, lines: false, optimize: true, esm },
  });
  ajv.addKeyword({ keyword: 'x-expected', schemaType: 'string' });
  return ajv;
}

/** Drops annotations validation never reads (descriptions, examples) to keep the code small. */
function stripAnnotations(node, underProperties = false) {
  if (Array.isArray(node)) return node.map((n) => stripAnnotations(n));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (!underProperties && (k === 'description' || k === 'examples')) continue;
    out[k] = stripAnnotations(v, !underProperties && k === 'properties');
  }
  return out;
}

function unionBranches(schema) {
  const names = new Set();
  for (const def of Object.values(schema.$defs)) {
    for (const branch of [...(def.oneOf || []), ...(def.anyOf || [])]) {
      if (!branch.$ref) throw new Error(`every oneOf/anyOf branch must be a $ref (in ${def.title})`);
      names.add(branch.$ref.replace('#/$defs/', ''));
    }
  }
  return [...names].sort();
}

function generate() {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/agreement.schema.json'), 'utf8'));
  const refs = { Agreement: schema.$id };
  for (const name of unionBranches(schema)) refs[name] = `${schema.$id}#/$defs/${name}`;
  const code = (esm) => {
    const ajv = createAjv({ esm });
    ajv.addSchema(stripAnnotations(schema));
    return standaloneCode(ajv, refs);
  };
  const js = BANNER + code(false) + '\n';
  const esm = BANNER + importRuntime(code(true)) + '\n';
  const dts =
    BANNER +
    [
      '/** An Ajv error, with `verbose` fields (schema, parentSchema, data). */',
      'export interface ValidationError {',
      '  instancePath: string;',
      '  schemaPath: string;',
      '  keyword: string;',
      '  params: Record<string, unknown>;',
      '  message?: string;',
      '  propertyName?: string;',
      '  schema?: unknown;',
      '  parentSchema?: Record<string, unknown>;',
      '  data?: unknown;',
      '}',
      'export interface Validator {',
      '  (data: unknown): boolean;',
      '  errors?: ValidationError[] | null;',
      '}',
      ...Object.keys(refs).map((name) => `export declare const ${name}: Validator;`),
      '',
    ].join('\n');
  return { js, dts, esm };
}

/** Ajv's ES module output still require()s its runtime helpers: import them instead. */
function importRuntime(code) {
  const imports = [];
  const body = code.replace(/const (\w+) = require\("(ajv\/dist\/runtime\/[\w-]+)"\)\.default;/g, (_, name, from) => {
    imports.push(`import ${name}$module from "${from}.js";`);
    return `const ${name} = ${name}$module.default;`;
  });
  if (/\brequire\(/.test(body)) throw new Error('the ES module validator still calls require()');
  return imports.join('') + body.replace(/^"use strict";/, '');
}

module.exports = { generate, createAjv, OUT, OUT_DTS, OUT_ESM };

if (require.main === module) {
  try {
    const { js, dts, esm } = generate();
    fs.writeFileSync(OUT, js);
    fs.writeFileSync(OUT_DTS, dts);
    fs.writeFileSync(OUT_ESM, esm);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
