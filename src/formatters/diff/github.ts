import { escapeData, escapeProperty } from '../lint/github';
import { DIRECTION_WORDS, trips } from './counts';
import type { DiffFormatter } from './types';

/**
 * GitHub Actions workflow commands: one annotation per change at its line
 * in the new file (an error where it trips --fail-on, else a notice), and
 * one per lifecycle check.
 */
export const github: DiffFormatter = (report, options) => {
  let out = '';
  const file = escapeProperty(report.after);
  for (const c of report.changes) {
    const level = trips(c, options.failOn) ? 'error' : c.direction === 'provider' || c.direction === 'review' ? 'warning' : 'notice';
    const title = escapeProperty(`${c.kind} (${DIRECTION_WORDS[c.direction]})`);
    const text = [`${c.path}: ${c.summary}`, ...c.effects.map((e) => e.text), ...(c.accepted !== undefined ? [`accepted: ${c.accepted}`] : [])].join('\n');
    out += `::${level} file=${file},line=${c.at.line},col=${c.at.column},title=${title}::${escapeData(text)}\n`;
  }
  for (const k of report.checks) {
    out += `::error file=${file},line=${k.at.line},col=${k.at.column},title=${escapeProperty(k.id)}::${escapeData(k.message)}\n`;
  }
  return out;
};
