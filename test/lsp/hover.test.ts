import * as fs from 'fs';
import * as path from 'path';
import { hover } from '../../src/cli/lsp/hover';
import { TextDocument } from '../../src/cli/lsp/vendor';
import { parseYaml } from '../../src/cli/lsp/yaml-nav';
import { isScalar, visit } from 'yaml';
import { REFERENCE, REFERENCE_NAMES } from '../helpers/reference';
import { ROOT } from '../helpers/run-sla';
import { nav, withCursor } from './helpers';

const files = [
  ...REFERENCE_NAMES.map((n) => path.join(REFERENCE, `${n}.sla.yaml`)),
  ...['managed-it-support', 'shipping-api', 'it-hr-ola'].map((n) => path.join(ROOT, 'examples', n, `${n}.sla.yaml`)),
  path.join(ROOT, 'templates/starter.sla.yaml'),
];

describe('hover', () => {
  it('describes every key of the reference agreements, the examples and the starter', () => {
    let keys = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const doc = TextDocument.create('file:///x.sla.yaml', 'yaml', 1, text);
      const undescribed: string[] = [];
      visit(parseYaml(text), {
        Pair(_, pair) {
          if (!isScalar(pair.key) || !pair.key.range) return;
          keys++;
          const h = hover(doc, doc.positionAt(pair.key.range[0]), nav);
          if (!h) undescribed.push(`${path.basename(file)}:${doc.positionAt(pair.key.range[0]).line + 1} ${String(pair.key.value)}`);
        },
      });
      expect(undescribed).toEqual([]);
    }
    expect(keys).toBeGreaterThan(1000);
  });

  it('describes a list by its key when the cursor is on an item', () => {
    const { doc, position } = withCursor('metrics:\n  - id: a\n    excuses: [b, c|]\n');
    const h = hover(doc, position, nav)!;
    expect((h.contents as { value: string }).value).toMatch(/^\*\*excuses\*\*: a list\n\n/);
    expect(h.range).toEqual({ start: { line: 2, character: 17 }, end: { line: 2, character: 18 } });
  });

  it('describes a key the user names by the mapping that holds it', () => {
    const { doc, position } = withCursor('services:\n  - id: a\n    limits: { concurrentUs|ers: 5 }\n');
    expect((hover(doc, position, nav)!.contents as { value: string }).value).toMatch(/^\*\*concurrentUsers\*\*\n\n\S/);
  });

  it('says nothing where the schema has nothing to say', () => {
    for (const marked of ['# a comm|ent\nsla: 1\n', 'sla: 1\nnot-a-key|: 2\n', 'sla: 1\n|\n']) {
      const { doc, position } = withCursor(marked);
      expect(hover(doc, position, nav)).toBeNull();
    }
  });
});
