import type { Segment } from '../../diff/types';
import { DIRECTION_WORDS, headline } from './counts';
import type { DiffFormatter, ReportedChange } from './types';

/** The marker by which a workflow finds and updates its one comment. */
export const COMMENT_MARKER = '<!-- sla-diff -->';

/** Text safe inside a Markdown table cell: HTML and Markdown syntax shown as written. */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** A word diff with deletions in <del> and insertions in <ins>. */
export function markedWords(words: readonly Segment[]): string {
  return words.map((w) => (w.op === 'same' ? cell(w.text) : `<${w.op}>${cell(w.text)}</${w.op}>`)).join('');
}

const SIGN: Record<string, string> = { provider: '🔴', customer: '🟢', review: '🟡', neutral: '⚪' };

function change(c: ReportedChange): string {
  let what: string;
  if (c.words) what = markedWords(c.words);
  else {
    const [before, after] = c.summary.includes(' → ') ? c.summary.split(' → ') : [null, c.summary];
    what = before === null ? cell(after) : `<del>${cell(before)}</del> → <ins>${cell(after)}</ins>`;
  }
  const notes = [...c.effects.map((e) => cell(e.text)), ...(c.accepted !== undefined ? [`accepted: ${cell(c.accepted)}`] : [])];
  const who = `${SIGN[c.direction]} ${DIRECTION_WORDS[c.direction]}`;
  return `| ${who} | \`${c.kind}\` | \`${c.path.replace(/`/g, "'").replace(/\|/g, '\\|')}\` | ${[what, ...notes].join('<br>')} |`;
}

/**
 * A pull-request comment: a marker for the workflow that keeps one sticky
 * comment, the headline, a table of changes (old struck through, new
 * underlined, prose as a word diff), and the lifecycle checks.
 */
export const markdown: DiffFormatter = (report) => {
  const lines = [COMMENT_MARKER, `### Amendment: ${cell(report.after)}`, '', `**${cell(headline(report))}** (${cell(report.before)} → ${cell(report.after)})`];
  if (report.changes.length > 0) {
    lines.push('', '| whom it favours | kind | where | change |', '| --- | --- | --- | --- |', ...report.changes.map(change));
  }
  if (report.checks.length > 0) {
    lines.push('', '#### Lifecycle', '', ...report.checks.map((k) => `- ❌ ${cell(k.message)} (\`${k.id}\`)`));
  }
  if (report.hidden > 0) lines.push('', `${report.hidden} wording or metadata change${report.hidden === 1 ? '' : 's'} not shown (\`sla diff --all\` shows them).`);
  return `${lines.join('\n')}\n`;
};
