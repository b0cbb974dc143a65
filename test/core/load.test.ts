import { loadDocument, MAX_FILE_BYTES } from '../../src/core/load';

const load = (text: string | Buffer) => loadDocument(typeof text === 'string' ? Buffer.from(text) : text, 'x.sla.yaml');
const only = (text: string | Buffer) => {
  const d = load(text);
  expect(d.findings).toHaveLength(1);
  return d.findings[0];
};

describe('loadDocument', () => {
  it('keeps a position for every node, 1-based, start and end', () => {
    const d = load('sla: 1\nmetrics:\n  - id: up\n    target: ">= 99%"\n');
    expect(d.findings).toEqual([]);
    expect(d.data).toEqual({ sla: 1, metrics: [{ id: 'up', target: '>= 99%' }] });
    expect(d.map.rangeOf(['metrics', 0, 'target'])).toEqual({ start: { line: 4, column: 13 }, end: { line: 4, column: 21 } });
    expect(d.map.keyRangeOf(['metrics', 0, 'target'])).toEqual({ start: { line: 4, column: 5 }, end: { line: 4, column: 11 } });
    // a missing node falls back to its nearest ancestor
    expect(d.map.rangeOf(['metrics', 0, 'window']).start).toEqual({ line: 3, column: 5 });
  });

  it('reads YAML 1.2: yes/no and dates stay strings', () => {
    const d = load('a: yes\nb: 2026-01-01\nc: 16:00\n');
    expect(d.data).toEqual({ a: 'yes', b: '2026-01-01', c: '16:00' });
  });

  it('refuses a %YAML 1.1 directive with a clear message instead of reading dates as timestamps', () => {
    const f = only('# an agreement\n%YAML 1.1\n---\nterm: { start: 2026-01-01 }\n');
    expect(f).toMatchObject({ ruleId: 'yaml-syntax', severity: 'error', range: { start: { line: 2, column: 1 }, end: { line: 2, column: 10 } } });
    expect(f.message).toBe('%YAML 1.1 is not supported: agreements are YAML 1.2 (dates stay text, yes/no stay words); remove the directive');
    expect(load('%YAML 1.2\n---\nterm: { start: 2026-01-01 }\n')).toMatchObject({ findings: [], data: { term: { start: '2026-01-01' } } });
  });

  it('keeps the offsets of exactly a value, for reading its source text', () => {
    const d = load('fee: { amount: 1.50 }\n');
    const [start, end] = d.map.valueOffsets(['fee', 'amount'])!;
    expect(d.text.slice(start, end)).toBe('1.50');
    expect(d.map.valueOffsets(['fee', 'per'])).toBeUndefined();
  });

  it('reports duplicate keys at the second key', () => {
    const f = only('sla: 1\nid: a\nid: b\n');
    expect(f.message).toBe("duplicate key: 'id' appears more than once in this mapping");
    expect(f.range.start).toEqual({ line: 3, column: 1 });
    expect(f.ruleId).toBe('yaml-syntax');
  });

  it('refuses an alias bomb quickly', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`);
    const f = only(lines.join('\n'));
    expect(f.message).toMatch(/too many alias expansions/);
  });

  it('gives each kind of unreadable file its own message', () => {
    expect(only('').message).toMatch(/file is empty/);
    expect(only('# only a comment\n').message).toMatch(/file is empty/);
    expect(only('- a\n- b\n').message).toMatch(/top level of an agreement must be a mapping/);
    expect(only('just text\n').message).toMatch(/must be a mapping/);
    const utf = only(Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]));
    expect(utf.message).toMatch(/not valid UTF-8/);
    expect(utf.range.start).toEqual({ line: 1, column: 4 });
    expect(only(Buffer.alloc(MAX_FILE_BYTES + 1, 0x20)).message).toMatch(/limited to 10 MB/);
  });

  it('warns about a byte order mark and still reads the file', () => {
    const d = load(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('sla: 1\n')]));
    expect(d.data).toEqual({ sla: 1 });
    expect(d.findings.map((f) => [f.severity, f.message])).toEqual([['warning', expect.stringMatching(/byte order mark/)]]);
  });

  it('reports syntax errors with line and column', () => {
    const f = only('sla: 1\nterm:\n  start: [2026\n');
    expect(f.severity).toBe('error');
    expect(f.range.start.line).toBeGreaterThanOrEqual(3);
    expect(f.message).not.toMatch(/at line/);
  });
});
