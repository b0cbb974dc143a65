import type { CompletionItem, Position, Range } from 'vscode-languageserver';
import { BUILT_IN, definitionsOf, referenceKind } from './references';
import type { SchemaNav } from './schema-nav';
import { CompletionItemKind, MarkupKind, type TextDocument } from './vendor';
import { findScalar, keysAt, parseYaml, type DataPath } from './yaml-nav';

/** Stands in for the word being typed, so that the text around it parses and says where it is. */
const HOLE = 'slaCompletionHole';
const WORD = /[\w.-]/;

/**
 * Completion at the cursor: on a key, the keys the schema allows in that
 * mapping and not yet there; on a value, the schema's fixed values and, for
 * a reference, the ids defined in the file (services, parties, calendars,
 * data sources, metrics, maintenance windows).
 *
 * The word under the cursor is replaced by a placeholder key (`HOLE: `) or
 * value (`HOLE`), and the text parsed again: where the placeholder lands
 * says which mapping or key the cursor is in, with no guessing from
 * indentation. A placeholder key in a mapping that has no keys (an item of
 * a list of ids, a key still without a value) asks for values instead.
 */
export function complete(doc: TextDocument, position: Position, schema: SchemaNav): CompletionItem[] {
  const text = doc.getText();
  const offset = doc.offsetAt(position);
  let start = offset;
  while (start > 0 && WORD.test(text[start - 1])) start--;
  let end = offset;
  while (end < text.length && WORD.test(text[end])) end++;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (/(^|\s)#/.test(before)) return [];
  const lineEnd = text.indexOf('\n', end);
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  const range: Range = { start: doc.positionAt(start), end: doc.positionAt(end) };

  if (/:\s+["']?$/.test(before)) {
    const yaml = parseYaml(text.slice(0, start) + HOLE + text.slice(end));
    const spot = findScalar(yaml, HOLE);
    return spot ? valueItems(spot.path, yaml, schema, range) : [];
  }
  if (!/^\s*(-\s+)*$/.test(before) && !/[{[,]\s*$/.test(before)) return [];
  const colon = /^\s*:/.test(after);
  const yaml = parseYaml(text.slice(0, start) + HOLE + (colon ? '' : ': ') + text.slice(end));
  const spot = findScalar(yaml, HOLE);
  if (!spot) return [];
  if (spot.on === 'value') return valueItems(spot.path, yaml, schema, range);
  const parent = spot.path.slice(0, -1);
  const keys = schema.keys(parent);
  if (keys.length === 0) return valueItems(parent, yaml, schema, range);
  const present = new Set(keysAt(yaml, parent).map((k) => k.value));
  // a list item that may be an id or a mapping (exclude: [patching] or [{ data: … }]) offers both
  const ids = typeof parent[parent.length - 1] === 'number' && [...present].every((k) => k === HOLE) ? valueItems(parent, yaml, schema, range) : [];
  return [
    ...ids,
    ...keys
    .filter((k) => !present.has(k.name))
    .map((k, i): CompletionItem => {
      const expected = schema.expected(k.schema);
      const description = k.schema.description ?? schema.resolve(k.schema).description;
      return {
        label: k.name,
        kind: CompletionItemKind.Property,
        detail: [k.required ? 'required' : '', expected ?? ''].filter((s) => s !== '').join(': ') || undefined,
        documentation: description ? { kind: MarkupKind.Markdown, value: description } : undefined,
        sortText: `${k.required ? 0 : 1}${String(i).padStart(3, '0')}`,
        textEdit: { range, newText: colon ? k.name : `${k.name}: ` },
      };
    }),
  ];
}

function valueItems(path: DataPath, yaml: ReturnType<typeof parseYaml>, schema: SchemaNav, range: Range): CompletionItem[] {
  const items: CompletionItem[] = [];
  const seen = new Set<string>([HOLE]);
  const kind = referenceKind(path);
  if (kind) {
    const ids = [...definitionsOf(yaml, kind).map((d) => String(d.value)), ...(BUILT_IN[kind] ?? [])];
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      items.push({ label: id, kind: CompletionItemKind.Reference, detail: kind, textEdit: { range, newText: id } });
    }
  }
  for (const value of schema.values(path)) {
    if (seen.has(value)) continue;
    seen.add(value);
    items.push({ label: value, kind: CompletionItemKind.EnumMember, textEdit: { range, newText: value } });
  }
  return items;
}
