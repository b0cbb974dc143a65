import type { Hover, Position } from 'vscode-languageserver';
import type { SchemaNav } from './schema-nav';
import { MarkupKind, type TextDocument } from './vendor';
import { parseYaml, scalarAt } from './yaml-nav';

/**
 * The schema's description of the key under the cursor. On a value, the
 * key it belongs to is described (for an item of a list, the list's key).
 */
export function hover(doc: TextDocument, position: Position, schema: SchemaNav): Hover | null {
  const spot = scalarAt(parseYaml(doc.getText()), doc.offsetAt(position));
  if (!spot) return null;
  let path = spot.path;
  if (spot.on === 'value') while (path.length > 0 && typeof path[path.length - 1] === 'number') path = path.slice(0, -1);
  const name = path[path.length - 1];
  if (typeof name !== 'string') return null;
  // A key the user names (a limit, a CSV column) that the schema knows only
  // as "any key here" is described by the mapping that holds it.
  let description = schema.describe(path);
  for (let up = path; !description && up.length > 1 && schema.at(up).length > 0; ) {
    up = up.slice(0, -1);
    description = schema.describe(up);
  }
  if (!description) return null;
  const expected = schema.at(path).map((s) => schema.expected(s)).find((e) => e !== undefined);
  const heading = expected ? `**${name}**: ${expected}` : `**${name}**`;
  return {
    contents: { kind: MarkupKind.Markdown, value: `${heading}\n\n${description}` },
    range: { start: doc.positionAt(spot.start), end: doc.positionAt(spot.end) },
  };
}
