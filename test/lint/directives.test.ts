import type { Finding } from '../../src/core/diagnostic';
import { applyDirectives, parseDirectives } from '../../src/lint/directives';

const at = (line: number, ruleId = 'term-order'): Finding => ({
  ruleId,
  severity: 'error',
  message: 'x',
  file: 'a.sla.yaml',
  range: { start: { line, column: 3 }, end: { line, column: 9 } },
});

describe('inline directives', () => {
  it('reads next-line, same-line and file directives with reasons and rule lists', () => {
    const text = ['a: 1', '# sla-disable-next-line term-order, unique-ids -- agreed with legal', 'b: 2  # sla-disable-line', '  # sla-disable credit-tier-gap'].join('\n');
    const ds = parseDirectives(text);
    expect(ds.map((d) => [d.kind, d.line, d.rules])).toEqual([
      ['line', 3, ['term-order', 'unique-ids']],
      ['line', 3, 'all'],
      ['file', 4, ['credit-tier-gap']],
    ]);
    expect(ds[0].range.start).toEqual({ line: 2, column: 1 });
    expect(ds[2].range.start).toEqual({ line: 4, column: 3 });
  });

  it('ignores a # inside a value without a space before it', () => {
    expect(parseDirectives('url: https://x.example/#sla-disable')).toEqual([]);
  });

  it('suppresses only the named rule on the covered line and marks the directive used', () => {
    const ds = parseDirectives('# sla-disable-next-line term-order\nterm: x\n');
    const kept = applyDirectives([at(2), at(2, 'unique-ids'), at(3)], ds);
    expect(kept.map((f) => [f.ruleId, f.range.start.line])).toEqual([
      ['unique-ids', 2],
      ['term-order', 3],
    ]);
    expect(ds[0].used).toBe(true);
  });

  it('a file directive covers every line; an unmatched directive stays unused', () => {
    const ds = parseDirectives('# sla-disable term-order\n# sla-disable-next-line unique-ids\na: 1\n');
    expect(applyDirectives([at(10), at(20)], ds)).toEqual([]);
    expect(ds.map((d) => d.used)).toEqual([true, false]);
  });

  it('never hides a syntax error', () => {
    const ds = parseDirectives('# sla-disable\n');
    expect(applyDirectives([at(3, 'yaml-syntax')], ds)).toHaveLength(1);
  });
});
