import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

export type DataPath = (string | number)[];

/** One scalar of a YAML document: a mapping's key or a value, with its data path and offsets. */
export interface Spot {
  /** For a key, the path of its entry (`['metrics', 0, 'service']`); for a value, the value's path. */
  path: DataPath;
  on: 'key' | 'value';
  /** Offsets of the scalar's source, quotes included. */
  start: number;
  end: number;
  value: unknown;
}

/**
 * Parses text being edited: errors are expected (a key half typed), and the
 * parser still returns every node it could read, which is all that hover,
 * completion and definitions need. Findings come from `sla lint` itself.
 */
export function parseYaml(text: string): Document.Parsed {
  return parseDocument(text, { version: '1.2', uniqueKeys: false, logLevel: 'silent' });
}

function* scalars(node: unknown, path: DataPath): Generator<Spot> {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key;
      const at = [...path, isScalar(key) ? String(key.value) : ''];
      if (isScalar(key) && key.range) yield { path: at, on: 'key', start: key.range[0], end: key.range[1], value: key.value };
      yield* scalars(pair.value, at);
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) yield* scalars(node.items[i], [...path, i]);
  } else if (isScalar(node) && node.range && node.range[1] > node.range[0]) {
    yield { path, on: 'value', start: node.range[0], end: node.range[1], value: node.value };
  }
}

/** The scalar under an offset (its end counts: a cursor just after a word is on it). */
export function scalarAt(doc: Document.Parsed, offset: number): Spot | undefined {
  for (const spot of scalars(doc.contents, [])) if (spot.start <= offset && offset <= spot.end) return spot;
  return undefined;
}

/** The first scalar whose value is `value`. */
export function findScalar(doc: Document.Parsed, value: string): Spot | undefined {
  for (const spot of scalars(doc.contents, [])) if (spot.value === value) return spot;
  return undefined;
}

/** The keys of the mapping at `path` (names of calendars, data sources ...). */
export function keysAt(doc: Document.Parsed, path: DataPath): Spot[] {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (!isMap(node)) return [];
  return [...scalars(node, path)].filter((s) => s.on === 'key' && s.path.length === path.length + 1);
}

/** The `id` of every mapping in the list at `path` (services, parties, metrics ...). */
export function idsAt(doc: Document.Parsed, path: DataPath): Spot[] {
  const node = doc.getIn(path, true);
  if (!isSeq(node)) return [];
  return [...scalars(node, path)].filter((s) => s.on === 'value' && s.path.length === path.length + 2 && s.path[path.length + 1] === 'id');
}
