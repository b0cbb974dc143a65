import { mergeConfigs, parseConfig, parseRuleFlag } from '../../src/lint/config';

const known = ['data-file-exists', 'service-metric-count', 'term-order'];
const suggest = (w: string, c: readonly string[]) => c.find((x) => x.startsWith(w.slice(0, 4)));

describe('config files', () => {
  it('reads severities, options and root', () => {
    const c = parseConfig('root: true\nrules:\n  data-file-exists: off\n  service-metric-count: [warning, { max: 10 }]\n  term-order: 1\n', '.slarc.yaml', known, suggest);
    expect(c.root).toBe(true);
    expect(c.rules).toEqual({
      'data-file-exists': { severity: 'off', options: {} },
      'service-metric-count': { severity: 'warning', options: { max: 10 } },
      'term-order': { severity: 'warning', options: {} },
    });
  });

  it('reads ignore globs and refuses anything but a list of them', () => {
    expect(parseConfig('ignore: [examples/broken/**, "tmp/**"]\n', 'c', known, suggest).ignore).toEqual(['examples/broken/**', 'tmp/**']);
    expect(parseConfig('rules: {}\n', 'c', known, suggest).ignore).toEqual([]);
    expect(() => parseConfig('ignore: examples/**\n', 'c.yaml', known, suggest)).toThrow('c.yaml:1:9: `ignore` is a list of globs such as examples/broken/**');
  });

  it('names file, line and column of an unknown rule, with a suggestion', () => {
    expect(() => parseConfig('rules:\n  data-file-exist: off\n', 'cfg/.slarc.yaml', known, suggest)).toThrow(
      "cfg/.slarc.yaml:2:3: unknown rule 'data-file-exist' (did you mean 'data-file-exists'?)",
    );
  });

  it('rejects a bad severity and an unknown top-level key', () => {
    expect(() => parseConfig('rules:\n  term-order: loud\n', 'c.yaml', known, suggest)).toThrow(/c\.yaml:2:15: a rule setting is off, warning or error/);
    expect(() => parseConfig('rulez: {}\n', 'c.yaml', known, suggest)).toThrow("c.yaml:1:1: unknown key 'rulez' in .slarc.yaml (did you mean 'rules'?)");
  });

  it('reports YAML syntax errors with a position', () => {
    expect(() => parseConfig('rules: [\n', 'c.yaml', known, suggest)).toThrow(/^c\.yaml:\d+:\d+: /);
  });

  it('nearer configs override farther ones rule by rule', () => {
    const far = parseConfig('rules: { term-order: off, data-file-exists: off }', 'a', known, suggest);
    const near = parseConfig('rules: { term-order: error }', 'b', known, suggest);
    expect(mergeConfigs([far, near])).toEqual({ 'term-order': { severity: 'error', options: {} }, 'data-file-exists': { severity: 'off', options: {} } });
  });

  it("checks rule options against what each rule takes, at the option's position", () => {
    const options = { 'service-metric-count': { max: { type: 'integer', minimum: 0 } }, 'term-order': {} } as const;
    const parse = (text: string) => parseConfig(text, 'c.yaml', known, suggest, options);
    expect(parse('rules:\n  service-metric-count: [warning, { max: 10 }]\n').rules['service-metric-count']!.options).toEqual({ max: 10 });
    expect(() => parse('rules:\n  service-metric-count: [warning, { max: -1 }]\n')).toThrow(
      "c.yaml:2:42: option 'max' of rule 'service-metric-count' is a whole number of at least 0, got -1",
    );
    expect(() => parse('rules:\n  service-metric-count: [warning, { max: 2.5 }]\n')).toThrow('is a whole number of at least 0, got 2.5');
    expect(() => parse('rules:\n  service-metric-count: [warning, { max: "10" }]\n')).toThrow('got "10"');
    expect(() => parse('rules:\n  service-metric-count: [warning, { maxi: 3 }]\n')).toThrow(
      "c.yaml:2:37: unknown option 'maxi' of rule 'service-metric-count' (it takes 'max')",
    );
    expect(() => parse('rules:\n  term-order: [error, { strict: true }]\n')).toThrow("c.yaml:2:25: unknown option 'strict' of rule 'term-order' (it takes no options)");
  });

  it('parses --rule flags', () => {
    expect(parseRuleFlag('term-order:off', known, suggest)).toEqual(['term-order', { severity: 'off', options: {} }]);
    expect(() => parseRuleFlag('term-order', known, suggest)).toThrow(/expects id:severity/);
    expect(() => parseRuleFlag('term-ordr:off', known, suggest)).toThrow(/did you mean 'term-order'/);
  });
});
