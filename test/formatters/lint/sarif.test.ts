import Ajv from 'ajv';
import { sarif } from '../../../src/formatters/lint/sarif';
import type { LintFormatOptions } from '../../../src/formatters/lint/types';
import { CLEAN, CWD, EMPTY, MIXED, RULES, fileResult, finding, lintResult } from './build';
import schema from '../../fixtures/sarif/sarif-schema-2.1.0.json';

const validate = new Ajv({ validateFormats: false, allErrors: true }).compile(schema);
const opts: LintFormatOptions = { color: true, cwd: CWD, version: '1.2.3' };

/** Loosely typed: its shape is what the schema check establishes. */
type Log = any;
function run(result = MIXED, options: LintFormatOptions = opts): Log {
  const log = JSON.parse(sarif(result, options)) as Log;
  const valid = validate(log);
  if (!valid) throw new Error(JSON.stringify(validate.errors, null, 2));
  return log;
}

describe('sarif', () => {
  it('is valid SARIF 2.1.0 for empty, clean and mixed results', () => {
    for (const result of [EMPTY, CLEAN, MIXED]) {
      const log = run(result);
      expect(log.version).toBe('2.1.0');
      expect(log.$schema).toMatch(/sarif-2\.1\.0\.json$/);
      expect(log.runs).toHaveLength(1);
    }
    expect(run(EMPTY).runs[0].results).toEqual([]);
  });

  it('the schema rejects a broken log, so validation means something', () => {
    const log = run();
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].tool.driver.name;
    expect(validate(log)).toBe(false);
  });

  it('describes the tool and every rule, with levels and help links', () => {
    const driver = run().runs[0].tool.driver;
    expect(driver.name).toBe('sla');
    expect(driver.version).toBe('1.2.3');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r: Log) => r.id)).toEqual(RULES.map((r) => r.id));
    const gap = driver.rules[2];
    expect(gap).toEqual({
      id: 'credit-tier-gap',
      name: 'CreditTierGap',
      shortDescription: { text: 'Credit tiers leave no gap' },
      helpUri: 'https://github.com/sla-as-code/sla/blob/main/docs/rules/credit-tier-gap.md',
      defaultConfiguration: { level: 'warning' },
    });
    expect(run(MIXED, { color: false, cwd: CWD }).runs[0].tool.driver.version).toBeUndefined();
  });

  it('gives each finding a result pointing at its rule and region', () => {
    const log = run();
    const results = log.runs[0].results;
    expect(results).toHaveLength(4);
    const [first] = results;
    expect(first.ruleId).toBe('target-unit');
    expect(log.runs[0].tool.driver.rules[first.ruleIndex].id).toBe('target-unit');
    expect(first.level).toBe('error');
    expect(first.message.text).toBe('target ">= 99.5" needs a unit: write ">= 99.5%"');
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'agreements/hosting.sla.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 41, startColumn: 13, endLine: 41, endColumn: 22 },
    });
    expect(results[2].level).toBe('warning');
  });

  it('writes relative, percent-encoded URIs with forward slashes and a base that ends in a slash', () => {
    const log = run();
    const uri = log.runs[0].results[3].locations[0].physicalLocation.artifactLocation.uri;
    expect(uri).toBe(
      'sub%20dir/' + encodeURIComponent('Überweisung & <ß>, 100%: "x".sla.yaml'),
    );
    expect(decodeURIComponent(uri)).toBe('sub dir/Überweisung & <ß>, 100%: "x".sla.yaml');
    expect(log.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/project/');
    const outside = run(lintResult([fileResult('../other/a.sla.yaml', [finding('../other/a.sla.yaml', 'schema', 'error', 'x', [1, 1])])]));
    expect(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('../other/a.sla.yaml');
  });

  it('keeps unicode and newlines in messages', () => {
    expect(run().runs[0].results[3].message.text).toBe('bad value: 50% & <more>, "quoted"\nsecond line: ]]> 中文 €');
  });

  it('adds a rule that is not in the list instead of pointing nowhere', () => {
    const odd = lintResult([fileResult('a.sla.yaml', [finding('a.sla.yaml', 'mystery-rule', 'warning', 'hm', [2, 3, 2, 3])])]);
    const log = run(odd);
    const result = log.runs[0].results[0];
    expect(log.runs[0].tool.driver.rules[result.ruleIndex].id).toBe('mystery-rule');
    expect(result.locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 3, endLine: 2, endColumn: 4 });
  });
});
