import { isLintFormatName, lintFormatNames, lintFormatters } from '../../../src/formatters/lint';
import { CWD, EMPTY, MIXED } from './build';

describe('lint formatter registry', () => {
  it('offers the six formats, stylish first', () => {
    expect(lintFormatNames).toEqual(['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab']);
    expect(Object.keys(lintFormatters)).toEqual([...lintFormatNames]);
    expect(isLintFormatName('sarif')).toBe(true);
    expect(isLintFormatName('toString')).toBe(false);
    expect(isLintFormatName('xml')).toBe(false);
  });

  it('every formatter returns text and never colours a machine format', () => {
    for (const name of lintFormatNames) {
      const out = lintFormatters[name](MIXED, { color: true, cwd: CWD });
      expect(typeof out).toBe('string');
      expect(out.length).toBeGreaterThan(0);
      if (name !== 'stylish') expect(out).not.toMatch(/\u001b\[/);
      expect(typeof lintFormatters[name](EMPTY, { color: false, cwd: CWD })).toBe('string');
    }
  });
});
