import * as fs from 'fs';
import * as path from 'path';
import { loadDocument } from '../../src/core/load';
import { lintDocument } from '../../src/lint/run';
import { definitionsOf, referenceKind, type IdKind } from '../../src/cli/lsp/references';
import { parseYaml, type DataPath } from '../../src/cli/lsp/yaml-nav';
import { parseDocument } from 'yaml';
import { REFERENCE, REFERENCE_NAMES } from '../helpers/reference';

const texts = REFERENCE_NAMES.map((name) => fs.readFileSync(path.join(REFERENCE, `${name}.sla.yaml`), 'utf8'));
const lint = (text: string) =>
  lintDocument(loadDocument(Buffer.from(text), 'x.sla.yaml'), { rules: {}, fileExists: () => true });

/** Every path to a word-like string (one that could be an id) in the data, depth first. */
function* strings(value: unknown, at: DataPath = []): Generator<DataPath> {
  if (typeof value === 'string') {
    if (/^[\w.-]+$/.test(value)) yield at;
  }
  else if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* strings(value[i], [...at, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...at, k]);
}

describe('the references the editor follows', () => {
  it('are the ones sla lint resolves: a name for nothing is a finding at that value exactly there', () => {
    const kinds = new Set<IdKind>();
    let references = 0;
    for (const text of texts) {
      for (const at of strings(parseDocument(text).toJS())) {
        const kind = referenceKind(at);
        const doc = parseDocument(text);
        doc.setIn(at, 'no-such-id');
        const broken = String(doc);
        const range = loadDocument(Buffer.from(broken), 'x.sla.yaml').map.rangeOf(at);
        const resolving = lint(broken).filter((f) => (f.ruleId === 'valid-reference' || f.ruleId === 'metric-owner-party') && f.range.start.line === range.start.line);
        expect({ at, findings: resolving.map((f) => [f.severity, f.range]) }).toEqual({ at, findings: kind ? [['error', range]] : [] });
        if (kind) kinds.add(kind);
        if (kind) references++;
      }
    }
    expect([...kinds].sort()).toEqual(['calendar', 'data source', 'maintenance window', 'metric', 'party', 'service']);
    expect(references).toBeGreaterThan(30);
  });

  it('lead to the definitions that the agreement data holds', () => {
    for (const text of texts) {
      const data = parseDocument(text).toJS();
      const yaml = parseYaml(text);
      const ids = (kind: IdKind) => definitionsOf(yaml, kind).map((s) => s.value);
      expect(ids('service')).toEqual(data.services.map((s: { id: string }) => s.id));
      expect(ids('party')).toEqual(data.parties.map((s: { id: string }) => s.id));
      expect(ids('metric')).toEqual(data.metrics.map((s: { id: string }) => s.id));
      expect(ids('data source')).toEqual(Object.keys(data.data ?? {}));
      expect(ids('calendar')).toEqual(Object.keys(data.calendars ?? {}));
      expect(ids('maintenance window')).toEqual((data.maintenance?.windows ?? []).map((w: { id: string }) => w.id));
      for (const s of definitionsOf(yaml, 'service')) expect(text.slice(s.start, s.end)).toBe(s.value);
    }
  });
});
