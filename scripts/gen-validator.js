#!/usr/bin/env node
'use strict';
// Generates src/core/agreement-validator.generated.ts: the agreement schema
// compiled by Ajv into standalone code, so start-up never compiles the schema
// (compiling at run time cost 100-165 ms). `npm run gen` writes it.
//
// Besides `Agreement`, every definition that is a branch of a oneOf/anyOf gets
// its own validator: src/core/validate.ts re-checks a failed union's value
// against the one branch that fits its shape, so messages come from that
// branch alone instead of every branch at once.
//
// The code is an ES module in a .ts file (unchecked: `@ts-nocheck`, with a
// declared type on each export), one file for every reader: esbuild hoists an
// ES module into the bundle, where CommonJS would be wrapped in a function
// that V8 parses twice (~5 ms of `sla lint`'s start-up), and ts-jest and tsc
// read it as TypeScript.
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020').default;
const standaloneCode = require('ajv/dist/standalone').default;

const root = path.join(__dirname, '..');
const OUT = path.join(root, 'src/core/agreement-validator.generated.ts');
const BANNER = '// @ts-nocheck\n// Generated from schemas/agreement.schema.json by scripts/gen-validator.js (npm run gen). Do not edit.\n';

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

const TYPES = [
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
  '',
].join('\n');

/** The validator module's text. */
function generate() {
  const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas/agreement.schema.json'), 'utf8'));
  const refs = { Agreement: schema.$id };
  for (const name of unionBranches(schema)) refs[name] = `${schema.$id}#/$defs/${name}`;
  const ajv = createAjv({ esm: true });
  ajv.addSchema(stripAnnotations(schema));
  const code = importRuntime(standaloneCode(ajv, refs));
  const exported = code.replace(/export const (\w+) = (validate\d+);/g, (_, name, fn) => `export const ${name}: Validator = ${fn};`);
  for (const name of Object.keys(refs)) {
    if (!exported.includes(`export const ${name}: Validator =`)) throw new Error(`the validator exports no ${name}`);
  }
  return `${BANNER}${TYPES}${exported}\n`;
}

/**
 * Ajv's ES module output still require()s its runtime helpers: import their
 * namespaces instead (`.default` of a CommonJS namespace is its
 * exports.default under esbuild, ts-jest and Node alike).
 */
function importRuntime(code) {
  const imports = [];
  const body = code.replace(/const (\w+) = require\("(ajv\/dist\/runtime\/[\w-]+)"\)\.default;/g, (_, name, from) => {
    imports.push(`import * as ${name}$module from "${from}";`);
    return `const ${name} = ${name}$module.default;`;
  });
  if (/\brequire\(/.test(body)) throw new Error('the validator module still calls require()');
  return imports.join('\n') + '\n' + body.replace(/^"use strict";/, '');
}

/** What `npm run gen` writes. */
function outputs() {
  return [{ file: OUT, text: generate() }];
}

module.exports = { generate, outputs, createAjv, OUT };
