import { escapeControls } from '../../core/control-chars';
import type { MetricResult } from '../../evaluate/result';
import { byMetric } from './by-metric';
import type { EvaluateFormatter } from './types';

/** Characters XML 1.0 cannot hold are escaped before markup (the registry does it too; this file stays well-formed alone). */
const escape = (s: string): string =>
  escapeControls(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string);

function detail(r: MetricResult): string {
  const value = r.value === null ? 'no data' : `${r.value}${r.unit === '%' ? '%' : r.unit ? ` ${r.unit}` : ''}`;
  return `${r.metric}${r.resource === undefined ? '' : ` (${r.resource})`} ${r.period}: ${value}, target ${r.target}`;
}

function testcase(r: MetricResult, suite: string): string {
  const name = escape(`${r.period}${r.resource === undefined ? '' : ` ${r.resource}`}${r.partial ? ' (partial)' : ''}`);
  const open = `    <testcase classname="${escape(suite)}" name="${name}">`;
  switch (r.status) {
    case 'breached': {
      const credit = r.credit > 0 ? `; credit ${r.credit}%${r.earnBack ? ` (${r.earnBack})` : ''}` : '';
      return `${open}\n      <failure message="${escape(detail(r))}" type="breached">${escape(detail(r) + credit)}</failure>\n    </testcase>`;
    }
    case 'no-data':
      return `${open}\n      <skipped message="no data"/>\n    </testcase>`;
    default:
      return `${open}\n      <system-out>${escape(`${r.status}: ${detail(r)}`)}</system-out>\n    </testcase>`;
  }
}

/** One testsuite per metric, one testcase per period; a breach is a failure, no data is skipped. */
export const junit: EvaluateFormatter = (evaluation) => {
  const grouped = byMetric(evaluation.results);
  const failures = (rs: MetricResult[]): number => rs.filter((r) => r.status === 'breached').length;
  const skipped = (rs: MetricResult[]): number => rs.filter((r) => r.status === 'no-data').length;
  const suites = [...grouped].map(([metric, rs]) => {
    const suite = `${evaluation.agreement.id}.${metric}`;
    return [
      `  <testsuite name="${escape(metric)}" tests="${rs.length}" failures="${failures(rs)}" errors="0" skipped="${skipped(rs)}">`,
      ...rs.map((r) => testcase(r, suite)),
      '  </testsuite>',
    ].join('\n');
  });
  const all = evaluation.results;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escape(`sla evaluate ${evaluation.agreement.id}`)}" tests="${all.length}" failures="${failures(all)}" errors="0" skipped="${skipped(all)}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
