import type { Location, Position } from 'vscode-languageserver';
import { definitionsOf, referenceKind } from './references';
import type { TextDocument } from './vendor';
import { parseYaml, scalarAt } from './yaml-nav';

/** Where the id under the cursor is defined (a service's `id`, a calendar's name ...); null when it is no reference. */
export function definition(doc: TextDocument, position: Position): Location[] | null {
  const yaml = parseYaml(doc.getText());
  const spot = scalarAt(yaml, doc.offsetAt(position));
  if (!spot || spot.on !== 'value' || typeof spot.value !== 'string') return null;
  const kind = referenceKind(spot.path);
  if (!kind) return null;
  const targets = definitionsOf(yaml, kind).filter((d) => d.value === spot.value);
  return targets.map((t) => ({ uri: doc.uri, range: { start: doc.positionAt(t.start), end: doc.positionAt(t.end) } }));
}
