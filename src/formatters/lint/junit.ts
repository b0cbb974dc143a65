import { compareFindings, type Finding } from '../../core/diagnostic';
import { displayPath } from './paths';
import type { LintFormatter } from './types';

/** Characters XML 1.0 cannot hold at all (controls, lone surrogates, U+FFFE/F) become U+FFFD. */
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Text content keeps its line breaks; only attributes need them as references. */
const escapeText = (text: string): string => escapeXml(text).replace(/&#10;/g, '\n').replace(/&#9;/g, '\t');

const attrs = (pairs: Record<string, string | number>): string =>
  Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');

function testcase(f: Finding, path: string): string {
  const at = `${f.range.start.line}:${f.range.start.column}`;
  const body = `${path}:${at}: ${f.severity}: ${f.message} (${f.ruleId})`;
  return (
    `    <testcase${attrs({ name: `${f.ruleId} ${at}`, classname: path, time: 0 })}>\n` +
    `      <failure${attrs({ message: f.message, type: f.severity })}>${escapeText(body)}</failure>\n` +
    `    </testcase>\n`
  );
}

/**
 * JUnit XML as CI systems read it (ESLint's shape): a testsuite per file, a
 * failing testcase per finding, errors and warnings alike (`type` tells them
 * apart); a clean file is one passing testcase so that it shows as checked.
 */
export const junit: LintFormatter = (result, options) => {
  let suites = '';
  let tests = 0;
  let failures = 0;
  for (const file of result.files) {
    const path = displayPath(file.file, options.cwd);
    const findings = [...file.findings].sort(compareFindings);
    const count = Math.max(1, findings.length);
    tests += count;
    failures += findings.length;
    const cases =
      findings.length === 0
        ? `    <testcase${attrs({ name: 'sla lint', classname: path, time: 0 })} />\n`
        : findings.map((f) => testcase(f, path)).join('');
    suites +=
      `  <testsuite${attrs({ name: path, tests: count, failures: findings.length, errors: 0, skipped: 0, time: 0 })}>\n` +
      cases +
      `  </testsuite>\n`;
  }
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites${attrs({ name: 'sla lint', tests, failures, errors: 0, time: 0 })}>\n` +
    suites +
    '</testsuites>\n'
  );
};
