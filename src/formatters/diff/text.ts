import chalk from 'chalk';
import { DIRECTION_WORDS, headline } from './counts';
import type { DiffFormatter, ReportedChange } from './types';

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - s.length));

/**
 * The default report: a headline, then one line per change (whom it
 * favours, kind, path, old → new), its effects in numbers below it, and
 * the lifecycle checks last.
 */
export const text: DiffFormatter = (report, options) => {
  const c = new chalk.Instance({ level: options.color ? 1 : 0 });
  const paint: Record<string, (s: string) => string> = { provider: c.red, customer: c.green, review: c.yellow, neutral: c.dim };
  const lines = [`${c.bold(`${report.before} → ${report.after}`)}: ${headline(report)}`];
  const kindWidth = Math.max(0, ...report.changes.map((x) => x.kind.length));
  const pathWidth = Math.min(48, Math.max(0, ...report.changes.map((x) => x.path.length)));
  for (const ch of report.changes) lines.push(...changeLines(ch, kindWidth, pathWidth, paint[ch.direction] ?? ((s) => s), c));
  for (const check of report.checks) lines.push(`  ${c.red('✖')} ${check.message} (${check.id})`);
  if (report.draft) lines.push(c.dim('  status: draft: the lifecycle checks do not apply'));
  return `${lines.join('\n')}\n`;
};

type Paint = (s: string) => string;

/** Prose as git's --word-diff shows it: [-deleted-]{+inserted+}, coloured when colour is on. */
function wordsLine(ch: ReportedChange, del: Paint, ins: Paint): string {
  return (ch.words ?? []).map((w) => (w.op === 'same' ? w.text : w.op === 'del' ? del(`[-${w.text}-]`) : ins(`{+${w.text}+}`))).join('').replace(/\s+/g, ' ');
}

function changeLines(ch: ReportedChange, kindWidth: number, pathWidth: number, paint: Paint, c: chalk.Chalk): string[] {
  const who = paint(pad(DIRECTION_WORDS[ch.direction], 12));
  const what = ch.words ? wordsLine(ch, c.red, c.green) : ch.summary;
  const out = [`  ${who} ${pad(ch.kind, kindWidth)}  ${pad(ch.path, pathWidth)}  ${what}`];
  const dim = c.dim;
  const indent = ' '.repeat(17);
  for (const e of ch.effects) out.push(`${indent}${dim(e.text)}`);
  if (ch.accepted !== undefined) out.push(`${indent}${dim(`accepted: ${ch.accepted}`)}`);
  return out;
}
