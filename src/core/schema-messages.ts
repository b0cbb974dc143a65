import type { ValidationError } from './agreement-validator.generated';
import { formatPath, type NodePath } from './diagnostic';
import { suggest } from './suggest';

/** One schema mistake, described for a person, before it gets a position. */
export interface Problem {
  /** The node the problem is about; problems are deduplicated by it. */
  path: NodePath;
  /** Where to point: the key or the value at `rangePath`. */
  rangePath: NodePath;
  at: 'key' | 'value';
  message: string;
  kind: 'missing' | 'unknown' | 'other';
  /** For unknown keys: the known key it is probably a typo of. */
  suggestion?: string;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'nothing',
};

const LIMIT_WORDS: Record<string, string> = {
  minimum: '>=',
  exclusiveMinimum: '>',
  maximum: '<=',
  exclusiveMaximum: '<',
};

/** A value as a message quotes it: strings quoted and cut short, structures named. */
export function show(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') return `'${value.length > 40 ? value.slice(0, 37) + '...' : value}'`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

function expectedOf(e: ValidationError): string | undefined {
  const x = e.parentSchema?.['x-expected'];
  return typeof x === 'string' ? x : undefined;
}

function where(path: NodePath): string {
  return path.length === 0 ? 'at the top level' : `in ${formatPath(path)}`;
}

function typeWord(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  const words = types.map((t) => TYPE_WORDS[String(t)] ?? String(t));
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : words[0];
}

function keysOf(schema: unknown): string[] {
  const props = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props) : [];
}

// One set per mapping, not per unknown key in it (10,000 unknown keys took 37 s).
const presentKeys = new WeakMap<object, Set<string>>();
function keysPresent(data: unknown): Set<string> {
  if (data === null || typeof data !== 'object') return new Set();
  let keys = presentKeys.get(data);
  if (!keys) presentKeys.set(data, (keys = new Set(Object.keys(data))));
  return keys;
}

/** Describes one Ajv error at `path` (already a NodePath), or undefined to drop it. */
export function describe(e: ValidationError, path: NodePath): Problem | undefined {
  const at = formatPath(path);
  const plain = (message: string): Problem => ({ path, rangePath: path, at: 'value', message, kind: 'other' });
  if (e.propertyName !== undefined) {
    const keyPath = [...path, e.propertyName];
    const expected = expectedOf(e);
    const message =
      e.propertyName === ''
        ? `empty key ${where(path)}`
        : `invalid key '${e.propertyName}' ${where(path)}` + (expected ? `: expected ${expected}` : '');
    return { path: keyPath, rangePath: keyPath, at: 'key', message, kind: 'other' };
  }
  switch (e.keyword) {
    case 'propertyNames':
      return undefined;
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const present = keysPresent(e.data);
      const candidates = keysOf(e.parentSchema).filter((k) => !present.has(k));
      const suggestion = suggest(key, candidates);
      const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
      const keyPath = [...path, key];
      return { path: keyPath, rangePath: keyPath, at: 'key', message: `unknown key '${key}' ${where(path)}${hint}`, kind: 'unknown', suggestion };
    }
    case 'required': {
      const key = String(e.params.missingProperty);
      return { path: [...path, key], rangePath: path, at: 'key', message: `missing required key '${key}' ${where(path)}`, kind: 'missing' };
    }
    case 'const':
      if (path.length === 1 && path[0] === 'sla' && typeof e.data === 'number') {
        return plain(`unsupported format version ${e.data} at sla: this version of sla reads version ${String(e.params.allowedValue)}`);
      }
      return plain(`expected ${show(e.params.allowedValue)} at ${at}, got ${show(e.data)}`);
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map(String);
      const guess = typeof e.data === 'string' ? suggest(e.data, allowed) : undefined;
      const hint = guess ? ` (did you mean '${guess}'?)` : '';
      return plain(`expected one of ${allowed.join(', ')} at ${at}, got ${show(e.data)}${hint}`);
    }
    // A format's phrase names the node well enough (the range says where);
    // plain types name the path, as "a number" alone would not.
    case 'type': {
      const expected = expectedOf(e);
      return plain(expected ? `expected ${expected}, got ${show(e.data)}` : `expected ${typeWord(e.params.type)} at ${at}, got ${show(e.data)}`);
    }
    case 'pattern':
    case 'union':
      return plain(`expected ${expectedOf(e) ?? `text matching ${String(e.params.pattern)} at ${at}`}, got ${show(e.data)}`);
    case 'minLength':
      return plain(`${at} must not be empty`);
    case 'minItems':
      return plain(`${at} must list at least ${Number(e.params.limit) === 1 ? 'one item' : `${String(e.params.limit)} items`}`);
    case 'minProperties':
      return plain(`${at} must have at least one of ${keysOf(e.parentSchema).join(', ')}`);
    case 'minimum':
    case 'exclusiveMinimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return plain(`expected a number ${LIMIT_WORDS[e.keyword]} ${String(e.params.limit)} at ${at}, got ${show(e.data)}`);
    default:
      return plain(`${at} ${e.message ?? `fails ${e.keyword}`}`);
  }
}
