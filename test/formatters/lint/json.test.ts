import { json, type JsonFileResult } from '../../../src/formatters/lint/json';
import { CLEAN, CWD, EMPTY, MIXED } from './build';

const opts = { color: true, cwd: CWD };
const parse = (text: string): JsonFileResult[] => JSON.parse(text) as JsonFileResult[];

describe('json', () => {
  it('gives an empty list for no files and an entry for a clean file', () => {
    expect(parse(json(EMPTY, opts))).toEqual([]);
    expect(parse(json(CLEAN, opts))).toEqual([
      { file: 'agreements/clean.sla.yaml', errorCount: 0, warningCount: 0, findings: [] },
    ]);
  });

  it('lists every file with counts and findings sorted by position', () => {
    const out = parse(json(MIXED, opts));
    expect(out.map((f) => f.file)).toEqual([
      `${CWD}/agreements/hosting.sla.yaml`,
      'agreements/clean.sla.yaml',
      'sub dir/Überweisung & <ß>, 100%: "x".sla.yaml',
    ]);
    expect(out[0].errorCount).toBe(2);
    expect(out[0].warningCount).toBe(1);
    expect(out[0].findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`)).toEqual([
      'schema 12:5',
      'target-unit 41:13',
      'credit-tier-gap 130:7',
    ]);
    expect(out[0].findings[0]).toEqual({
      ruleId: 'schema',
      severity: 'error',
      message: 'unknown key "tagret" (did you mean "target"?)',
      line: 12,
      column: 5,
      endLine: 12,
      endColumn: 11,
    });
  });

  it('keeps messages exactly, control characters and unicode included', () => {
    const out = parse(json(MIXED, opts));
    expect(out[2].findings[0].message).toBe('bad value: 50% & <more>, "quoted"\nsecond line: ]]> 中文 €');
    expect(out[2].findings[0]).toMatchObject({ line: 3, column: 1, endLine: 4, endColumn: 2 });
  });

  it('never colours', () => {
    expect(json(MIXED, opts)).not.toMatch(/\u001b\[/);
  });
});
