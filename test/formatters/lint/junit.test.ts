import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { escapeXml, junit } from '../../../src/formatters/lint/junit';
import { CLEAN, CWD, EMPTY, MIXED, fileResult, finding, lintResult } from './build';

const opts = { color: true, cwd: CWD };
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['testsuite', 'testcase'].includes(name),
  htmlEntities: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

/** Parsed XML, loosely typed. */
type Doc = any;
function parse(xml: string): Doc {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe('junit', () => {
  it('is well-formed XML with no suites for no files', () => {
    const doc = parse(junit(EMPTY, opts));
    expect(doc.testsuites['@tests']).toBe('0');
    expect(doc.testsuites.testsuite).toBeUndefined();
  });

  it('gives a clean file one passing testcase', () => {
    const suite = parse(junit(CLEAN, opts)).testsuites.testsuite[0];
    expect(suite['@name']).toBe('agreements/clean.sla.yaml');
    expect(suite['@tests']).toBe('1');
    expect(suite['@failures']).toBe('0');
    expect(suite.testcase).toHaveLength(1);
    expect(suite.testcase[0].failure).toBeUndefined();
  });

  it('makes a suite per file and a failing testcase per finding, warnings included', () => {
    const doc = parse(junit(MIXED, opts));
    expect(doc.testsuites['@tests']).toBe('5');
    expect(doc.testsuites['@failures']).toBe('4');
    const [hosting, clean, odd] = doc.testsuites.testsuite;
    expect(hosting['@name']).toBe('agreements/hosting.sla.yaml');
    expect(hosting['@failures']).toBe('3');
    expect(hosting.testcase.map((t: Doc) => t['@name'])).toEqual(['schema 12:5', 'target-unit 41:13', 'credit-tier-gap 130:7']);
    expect(hosting.testcase[2].failure['@type']).toBe('warning');
    expect(hosting.testcase[0].failure['@message']).toBe('unknown key "tagret" (did you mean "target"?)');
    expect(hosting.testcase[0].failure['#text']).toBe(
      'agreements/hosting.sla.yaml:12:5: error: unknown key "tagret" (did you mean "target"?) (schema)',
    );
    expect(clean.testcase).toHaveLength(1);
    expect(odd['@name']).toBe('sub dir/Überweisung & <ß>, 100%: "x".sla.yaml');
  });

  it('escapes special characters in names, attributes and text so they round-trip', () => {
    const odd = parse(junit(MIXED, opts)).testsuites.testsuite[2];
    const failure = odd.testcase[0].failure;
    expect(failure['@message']).toBe('bad value: 50% & <more>, "quoted"\nsecond line: ]]> 中文 €');
    expect(failure['#text']).toContain('bad value: 50% & <more>, "quoted"\nsecond line: ]]> 中文 €');
    expect(odd.testcase[0]['@classname']).toBe('sub dir/Überweisung & <ß>, 100%: "x".sla.yaml');
  });

  it('replaces characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u001bc\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(escapeXml('😀')).toBe('😀');
    const bad = lintResult([fileResult('a.sla.yaml', [finding('a.sla.yaml', 'yaml-syntax', 'error', 'bell \u0007 here', [1, 1])])]);
    expect(parse(junit(bad, opts)).testsuites.testsuite[0].testcase[0].failure['@message']).toBe('bell \uFFFD here');
  });
});
