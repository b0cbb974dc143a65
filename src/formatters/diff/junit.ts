import { escapeXml } from '../lint/junit';
import { DIRECTION_WORDS, trips } from './counts';
import type { DiffFormatter, ReportedChange } from './types';

const attrs = (pairs: Record<string, string | number>): string =>
  Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');

const body = (text: string): string => escapeXml(text).replace(/&#10;/g, '\n');

function testcase(c: ReportedChange, failing: boolean, classname: string): string {
  const name = `${c.kind} ${c.path}`;
  const detail = [`${c.path}: ${c.summary} (${DIRECTION_WORDS[c.direction]})`, ...c.effects.map((e) => e.text)].join('\n');
  if (!failing) return `    <testcase${attrs({ name, classname, time: 0 })} />\n`;
  return `    <testcase${attrs({ name, classname, time: 0 })}>\n      <failure${attrs({ message: `${c.kind}: ${c.summary}`, type: c.direction })}>${body(detail)}</failure>\n    </testcase>\n`;
}

/** JUnit XML: a testcase per change and per lifecycle check, failing where it trips --fail-on. */
export const junit: DiffFormatter = (report, options) => {
  const classname = report.after;
  const cases = report.changes.map((c) => ({ xml: testcase(c, trips(c, options.failOn), classname), failing: trips(c, options.failOn) }));
  for (const k of report.checks) {
    const xml = `    <testcase${attrs({ name: k.id, classname, time: 0 })}>\n      <failure${attrs({ message: k.message, type: 'lifecycle' })}>${body(k.message)}</failure>\n    </testcase>\n`;
    cases.push({ xml, failing: options.failOn !== 'never' });
  }
  if (cases.length === 0) cases.push({ xml: `    <testcase${attrs({ name: 'sla diff', classname, time: 0 })} />\n`, failing: false });
  const failures = cases.filter((c) => c.failing).length;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites${attrs({ name: 'sla diff', tests: cases.length, failures, errors: 0, time: 0 })}>\n` +
    `  <testsuite${attrs({ name: `${report.before} → ${report.after}`, tests: cases.length, failures, errors: 0, skipped: 0, time: 0 })}>\n` +
    cases.map((c) => c.xml).join('') +
    '  </testsuite>\n</testsuites>\n'
  );
};
