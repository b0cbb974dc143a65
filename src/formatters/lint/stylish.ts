import { compareFindings, type Finding } from '../../core/diagnostic';
import { displayPath } from './paths';
import type { LintFormatter } from './types';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Width in terminal cells, near enough: code points, not UTF-16 units. */
const width = (text: string): number => [...text].length;
const padEnd = (text: string, to: number): string => text + ' '.repeat(Math.max(0, to - width(text)));
const padStart = (text: string, to: number): string => ' '.repeat(Math.max(0, to - width(text))) + text;

/** Multi-line messages would break the columns, so they are folded to one line. */
const oneLine = (message: string): string => message.replace(/\s*\r?\n\s*/g, ' ').trim();

type Paint = (text: string) => string;
interface Palette {
  underline: Paint;
  dim: Paint;
  red: Paint;
  yellow: Paint;
  redBold: Paint;
  yellowBold: Paint;
}
const same: Paint = (text) => text;
const PLAIN: Palette = { underline: same, dim: same, red: same, yellow: same, redBold: same, yellowBold: same };

/** chalk loads only when there is colour to paint: it is ~5 ms of a clean lint's start-up. */
function palette(color: boolean): Palette {
  if (!color) return PLAIN;
  const chalk = require('chalk') as typeof import('chalk');
  const c = new chalk.Instance({ level: 1 });
  return { underline: c.underline, dim: c.dim, red: c.red, yellow: c.yellow, redBold: c.red.bold, yellowBold: c.yellow.bold };
}

/**
 * ESLint's stylish look: a header per file, aligned `line:col  severity
 * message  rule` rows, a summary. Nothing at all when there is nothing to say.
 */
export const stylish: LintFormatter = (result, options) => {
  // Nothing to say: colour is never asked for (deciding it opens the terminal stream).
  if (result.files.every((f) => f.findings.length === 0)) return '';
  const c = palette(options.color);
  let out = '';
  let errors = 0;
  let warnings = 0;
  for (const file of result.files) {
    if (file.findings.length === 0) continue;
    const findings = [...file.findings].sort(compareFindings);
    const rows = findings.map((f: Finding) => ({
      line: String(f.range.start.line),
      column: String(f.range.start.column),
      severity: f.severity,
      message: oneLine(f.message),
      ruleId: f.ruleId,
    }));
    const w = {
      line: Math.max(...rows.map((r) => r.line.length)),
      column: Math.max(...rows.map((r) => r.column.length)),
      severity: Math.max(...rows.map((r) => r.severity.length)),
      message: Math.max(...rows.map((r) => width(r.message))),
    };
    out += `\n${c.underline(displayPath(file.file, options.cwd))}\n`;
    for (const r of rows) {
      if (r.severity === 'error') errors++;
      else warnings++;
      const position = c.dim(padEnd(`${padStart(r.line, w.line)}:${r.column}`, w.line + 1 + w.column));
      const severity = (r.severity === 'error' ? c.red : c.yellow)(padEnd(r.severity, w.severity));
      out += `  ${position}  ${severity}  ${padEnd(r.message, w.message)}  ${c.dim(r.ruleId)}`.trimEnd() + '\n';
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const summary = `\u2716 ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  return `${out}\n${(errors > 0 ? c.redBold : c.yellowBold)(summary)}\n`;
};
