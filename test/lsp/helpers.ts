import * as fs from 'fs';
import * as path from 'path';
import { SchemaNav, type JsonSchema } from '../../src/cli/lsp/schema-nav';
import { TextDocument } from '../../src/cli/lsp/vendor';
import { ROOT } from '../helpers/run-sla';

export const schemaJson = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/agreement.schema.json'), 'utf8'));
export const nav = new SchemaNav(schemaJson as JsonSchema);

/** A document whose text has one `|` marking the cursor; the text without it and the cursor's position. */
export function withCursor(marked: string, uri = 'file:///agreements/shop.sla.yaml') {
  const offset = marked.indexOf('|');
  if (offset < 0 || marked.indexOf('|', offset + 1) >= 0) throw new Error('mark the cursor with exactly one |');
  const doc = TextDocument.create(uri, 'yaml', 1, marked.slice(0, offset) + marked.slice(offset + 1));
  return { doc, position: doc.positionAt(offset) };
}
