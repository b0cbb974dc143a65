import { stylish } from '../../../src/formatters/lint/stylish';
import { CLEAN, CWD, EMPTY, MIXED, fileResult, finding, lintResult } from './build';

const plain = { color: false, cwd: CWD };

describe('stylish', () => {
  it('prints nothing when there are no findings', () => {
    expect(stylish(EMPTY, plain)).toBe('');
    expect(stylish(CLEAN, plain)).toBe('');
  });

  it('prints a header per file with findings, relative to cwd, rows sorted by position', () => {
    const out = stylish(MIXED, plain);
    const lines = out.split('\n');
    expect(lines[0]).toBe('');
    expect(lines[1]).toBe('agreements/hosting.sla.yaml');
    expect(lines[2]).toMatch(/^ {2}\s*12:5\s+error\s+unknown key "tagret" \(did you mean "target"\?\)\s+schema$/);
    expect(lines[3]).toMatch(/^ {2}\s*41:13\s+error\s+target .*target-unit$/);
    expect(lines[4]).toMatch(/^ {2}130:7\s+warning\s+values in \(99\.8%, 99\.9%\) match no tier\s+credit-tier-gap$/);
    expect(out).not.toContain('clean.sla.yaml');
    expect(out).toContain('\nsub dir/Überweisung & <ß>, 100%: "x".sla.yaml\n');
  });

  it('aligns the columns like ESLint (line right, column left, two-space gaps)', () => {
    const rows = stylish(MIXED, plain).split('\n').slice(2, 5);
    expect(rows[0].startsWith('   12:5   error    unknown key')).toBe(true);
    expect(rows[1].startsWith('   41:13  error    target')).toBe(true);
    expect(rows[2].startsWith('  130:7   warning  values')).toBe(true);
    const ruleStart = rows.map((r) => r.lastIndexOf('  ') + 2);
    expect(new Set(ruleStart).size).toBe(1);
  });

  it('folds multi-line messages onto one row and keeps unicode', () => {
    const out = stylish(MIXED, plain);
    expect(out).toContain('bad value: 50% & <more>, "quoted" second line: ]]> 中文 €  schema');
  });

  it('ends with a summary that counts errors and warnings with plurals', () => {
    const out = stylish(MIXED, plain);
    expect(out.endsWith('\n✖ 4 problems (3 errors, 1 warning)\n')).toBe(true);
    const one = lintResult([fileResult('a.sla.yaml', [finding('a.sla.yaml', 'credit-tier-gap', 'warning', 'gap', [1, 1])])]);
    expect(stylish(one, plain).endsWith('✖ 1 problem (0 errors, 1 warning)\n')).toBe(true);
  });

  it('uses no escape codes without colour and some with it', () => {
    expect(stylish(MIXED, plain)).not.toMatch(/\u001b\[/);
    const coloured = stylish(MIXED, { color: true, cwd: CWD });
    expect(coloured).toContain('\u001b[31m');
    expect(coloured).toContain('\u001b[33m');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(stylish(MIXED, plain));
  });
});
