import { LIST_SEPARATOR } from '../rows/cells';

/** A key or an index on the way from a JSON document's root to a value. */
export type PathPart = string | number;

/** A record of a JSON source: its value, and where it is (which value of the file, the path inside it). */
export interface JsonRecord {
  value: unknown;
  doc: number;
  path: PathPart[];
}

/** A bad record (or a bad value in one): the reader names the file, line and column of `record` plus `at`. */
export class RecordError extends Error {
  constructor(
    readonly record: JsonRecord,
    readonly at: readonly PathPart[],
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'RecordError';
  }
}

/** `$.incidents[3].service.summary`: a path as JSONPath writes it. */
export function pathText(parts: readonly PathPart[]): string {
  let out = '$';
  for (const p of parts) out += typeof p === 'number' ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`;
  return out;
}

/**
 * A column name as a path into a record: the whole name when the record
 * has such a key (`service.summary` as one key), else its parts split at
 * dots and brackets (`service.summary`, `teams[0].summary`, `teams.0`). A
 * key of a list of objects gives the list of their values (`teams.summary`),
 * a list cell.
 */
export function columnPath(name: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const piece of name.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(piece);
    if (!m) {
      parts.push(piece);
      continue;
    }
    if (m[1] !== '') parts.push(/^\d+$/.test(m[1]!) ? Number(m[1]) : m[1]!);
    for (const idx of m[2]!.matchAll(/\[(\d+)\]/g)) parts.push(Number(idx[1]));
  }
  return parts;
}

/** What a column path finds in a record: the value, and the path to it (for messages). */
export function lookup(record: unknown, name: string): { value: unknown; path: PathPart[] } {
  if (isObject(record) && Object.prototype.hasOwnProperty.call(record, name)) return { value: record[name], path: [name] };
  const path = columnPath(name);
  let v: unknown = record;
  for (let k = 0; k < path.length; k++) {
    const p = path[k]!;
    if (Array.isArray(v) && typeof p === 'number') v = v[p];
    else if (isObject(v) && Object.prototype.hasOwnProperty.call(v, String(p))) v = v[String(p)];
    // a key of a list of objects: the list of their values (`teams.summary`)
    else if (Array.isArray(v)) v = v.map((x: unknown) => (isObject(x) ? x[String(p)] : undefined)).filter((x) => x !== undefined);
    else return { value: undefined, path: path.slice(0, k + 1) };
  }
  return { value: v, path };
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A JSON value as a cell's text: strings as they are, numbers as JavaScript
 * writes them (JSON.parse has made them doubles: a number with more than 15
 * significant digits should be a string), booleans as true/false, null or
 * missing as empty, an array of such values as a list cell. null when it is
 * an object or holds one (the message says to name a value inside).
 */
export function cellText(v: unknown): string | null {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) {
    const out: string[] = [];
    for (const x of v) {
      if (typeof x === 'object' && x !== null) return null;
      out.push(cellText(x)!);
    }
    return out.join(LIST_SEPARATOR);
  }
  return null;
}
