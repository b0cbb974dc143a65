import { complete } from '../../src/cli/lsp/completion';
import { nav, schemaJson, withCursor } from './helpers';

const labels = (marked: string) => {
  const { doc, position } = withCursor(marked);
  return complete(doc, position, nav).map((i) => i.label);
};

const AGREEMENT = `sla: 1
id: A-1
title: Shop
services:
  - id: hosting
    name: Hosting
  - id: support
    name: Support
parties:
  - { id: provider, role: provider, name: P }
  - { id: customer, role: customer, name: C }
calendars:
  office: { hours: { mon-fri: "08:00-18:00" } }
maintenance:
  windows:
    - { id: patching, every: "sun 02:00-04:00" }
data:
  incidents: { kind: intervals }
  waits: { kind: intervals }
metrics:
  - id: uptime
    name: Uptime
    kind: availability
    data: incidents
    period: month
    target: ">= 99%"
  - id: tickets
    name: Tickets
`;

/** The agreement with `line` added as the last metric's last line. */
const inMetric = (line: string) => AGREEMENT + line;

describe('completion', () => {
  it('offers the top-level keys not yet in the file', () => {
    const keys = labels(AGREEMENT + '|');
    const present = ['sla', 'id', 'title', 'services', 'parties', 'calendars', 'maintenance', 'data', 'metrics'];
    expect(keys.sort()).toEqual(Object.keys(schemaJson.properties).filter((k) => !present.includes(k)).sort());
  });

  it('offers the keys of a new list item, required ones first', () => {
    const { doc, position } = withCursor(AGREEMENT.replace('parties:', '  - |\nparties:'));
    const items = complete(doc, position, nav);
    expect(items.map((i) => i.label).sort()).toEqual(Object.keys(schemaJson.$defs.Service.properties).sort());
    const sorted = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
    expect(sorted.slice(0, schemaJson.$defs.Service.required.length).sort()).toEqual([...schemaJson.$defs.Service.required].sort());
    expect(items.find((i) => i.label === 'id')!.detail).toMatch(/^required/);
  });

  it('completes the word being typed, and keeps a colon that is there', () => {
    const { doc, position } = withCursor(inMetric('    ser|'));
    const service = complete(doc, position, nav).find((i) => i.label === 'service')!;
    expect(service.textEdit).toEqual({ range: { start: { line: position.line, character: 4 }, end: position }, newText: 'service: ' });
    const onKey = withCursor(inMetric('    ser|vice: hosting'));
    const again = complete(onKey.doc, onKey.position, nav).find((i) => i.label === 'service')!;
    expect(again.textEdit).toMatchObject({ newText: 'service' });
  });

  it('offers the ids a reference may name, with the built-in names', () => {
    expect(labels(inMetric('    service: |'))).toEqual(['hosting', 'support']);
    expect(labels(inMetric('    owner: cust|'))).toEqual(['provider', 'customer']);
    expect(labels(inMetric('    data: |'))).toEqual(['incidents', 'waits']);
    expect(labels(inMetric('    pauses: "|"'))).toEqual(['incidents', 'waits']);
    expect(labels(inMetric('    window: |'))).toEqual(['office', '24x7']);
    expect(labels(inMetric('    window: { outside: | }'))).toEqual(['office', '24x7']);
    expect(labels(inMetric('    excuses:\n      - |'))).toEqual(['uptime', 'tickets']);
    // an exclusion is a window id or a data source of intervals: the ids first, then the keys of the mapping form
    expect(labels(inMetric('    exclude: [|]'))).toEqual(['patching', 'maintenance', 'data', 'where', 'upTo', 'per']);
    expect(labels(inMetric('    exclude: [patching, |]'))).toEqual(['patching', 'maintenance', 'data', 'where', 'upTo', 'per']);
  });

  it('offers the fixed values of a key', () => {
    expect(labels(inMetric('    kind: |'))).toEqual(schemaJson.$defs.MetricKind.enum);
    expect(labels(AGREEMENT.replace('title: Shop', 'title: Shop\nstatus: |'))).toEqual(schemaJson.$defs.AgreementStatus.enum);
    expect(labels(AGREEMENT.replace('title: Shop', 'title: Shop\nterm:\n  renewal: { automatic: | }'))).toEqual(['true', 'false']);
    expect(labels('sla: |')).toEqual(['1']);
  });

  it('offers nothing in comments, prose and values that take free text', () => {
    expect(labels(AGREEMENT + '# a comment |')).toEqual([]);
    expect(labels(AGREEMENT.replace('title: Shop', 'title: Shop\npurpose: >\n  The |'))).toEqual([]);
    expect(labels(AGREEMENT.replace('title: Shop', 'title: Sh|op'))).toEqual([]);
    expect(labels(inMetric('    name: Tickets and |'))).toEqual([]);
  });

  it('still answers while another line is broken', () => {
    expect(labels(AGREEMENT.replace('  - id: uptime', '  - id: uptime\n    bad line without a colon') + '    owner: |')).toEqual(['provider', 'customer']);
    expect(labels(AGREEMENT.replace('title: Shop', 'title: Shop\nterm: { start: 2026-01-01, end: }\nstatus: |'))).toEqual(schemaJson.$defs.AgreementStatus.enum);
  });
});
