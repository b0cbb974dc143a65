import * as validators from './agreement-validator.generated';
import type { ValidationError, Validator } from './agreement-validator.generated';
import { compareFindings, type Finding, type NodePath, type Range } from './diagnostic';
import type { LoadedDocument } from './load';
import { describe, type Problem } from './schema-messages';

const RULE_ID = 'schema';
const byName = validators as unknown as Record<string, Validator | undefined>;

/**
 * Checks an agreement against schemas/agreement.schema.json (precompiled by
 * scripts/gen-validator.js) and says what is wrong in the house style: one
 * finding per mistake, at the offending key or value.
 */
export function validateAgreement(doc: LoadedDocument): Finding[] {
  if (doc.data === null) return [];
  const errors = run(validators.Agreement, doc.data, '');
  if (errors.length === 0) return [];
  const problems: Problem[] = [];
  for (const e of errors) {
    const problem = describe(e, toNodePath(e.instancePath, doc.data));
    if (problem) problems.push(problem);
  }
  const findings: Finding[] = merge(problems).map((p) => ({
    ruleId: RULE_ID,
    severity: 'error',
    message: p.message,
    file: doc.file,
    range: rangeOf(doc, p),
  }));
  return findings.sort(compareFindings);
}

/** Problems about the whole file point at its first character, not the whole file. */
function rangeOf(doc: LoadedDocument, p: Problem): Range {
  const range = p.at === 'key' ? doc.map.keyRangeOf(p.rangePath) : doc.map.rangeOf(p.rangePath);
  return p.rangePath.length === 0 ? { start: range.start, end: range.start } : range;
}

function run(validate: Validator, data: unknown, prefix: string): ValidationError[] {
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).map((e) => ({ ...e, instancePath: prefix + e.instancePath }));
  return resolveUnions(errors);
}

const inside = (path: string, base: string): boolean => path === base || path.startsWith(base + '/');

/**
 * A failed oneOf/anyOf reports every branch's errors. Keep only the branch
 * that fits the value's shape (it is re-checked on its own); when none fits,
 * one error says what shapes are allowed.
 */
function resolveUnions(errors: ValidationError[]): ValidationError[] {
  const unions = errors
    .filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
    .sort((a, b) => a.instancePath.split('/').length - b.instancePath.split('/').length);
  let out = errors;
  for (const union of unions) {
    if (!out.includes(union)) continue;
    out = [...out.filter((e) => !inside(e.instancePath, union.instancePath)), ...bestBranch(union)];
  }
  return out;
}

function bestBranch(union: ValidationError): ValidationError[] {
  const branches = (union.schema as Array<{ $ref?: string }>) ?? [];
  let best: ValidationError[] | undefined;
  for (const branch of branches) {
    const validate = byName[(branch.$ref ?? '').replace('#/$defs/', '')];
    if (!validate) continue;
    const errors = run(validate, union.data, union.instancePath);
    if (errors.length === 0) return [];
    const wrongShape = errors.some((e) => e.instancePath === union.instancePath && e.keyword === 'type');
    if (!wrongShape && (!best || errors.length < best.length)) best = errors;
  }
  return best ?? [{ ...union, keyword: 'union', params: {} }];
}

/** A JSON pointer into `data` as a NodePath, with list indexes as numbers. */
function toNodePath(pointer: string, data: unknown): NodePath {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let node = data;
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const index = Array.isArray(node) ? Number(part) : NaN;
    path.push(Number.isInteger(index) ? index : part);
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  return path;
}

/**
 * One finding per node: a typo'd key stands in for the required key it
 * misspells, and later errors at a node already reported are dropped.
 */
function merge(problems: Problem[]): Problem[] {
  const typos = new Set(
    problems.filter((p) => p.kind === 'unknown' && p.suggestion).map((p) => JSON.stringify([...p.path.slice(0, -1), p.suggestion])),
  );
  const seen = new Set<string>();
  const out: Problem[] = [];
  for (const p of problems) {
    if (p.kind === 'missing' && typos.has(JSON.stringify(p.path))) continue;
    const key = JSON.stringify(p.path);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
