import { compareFindings } from '../../core/diagnostic';
import { displayPath } from './paths';
import type { LintFormatter } from './types';

/** Escaping of a workflow command's message (GitHub's toolkit `escapeData`). */
export const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escaping of a workflow command's property values (GitHub's toolkit `escapeProperty`). */
export const escapeProperty = (text: string): string => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation
 * per finding, shown on the pull request's diff. GitHub's end column is
 * inclusive, ours exclusive. Paths are relative to the working folder, which
 * in a workflow is the repository root.
 */
export const github: LintFormatter = (result, options) => {
  let out = '';
  for (const file of result.files) {
    const path = displayPath(file.file, options.cwd);
    for (const f of [...file.findings].sort(compareFindings)) {
      const { start, end } = f.range;
      const endLine = Math.max(start.line, end.line);
      const endColumn =
        endLine === start.line ? Math.max(start.column, end.column - 1) : Math.max(1, end.column - 1);
      const props = [
        `file=${escapeProperty(path)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${endLine}`,
        `endColumn=${endColumn}`,
        `title=${escapeProperty(f.ruleId)}`,
      ].join(',');
      out += `::${f.severity} ${props}::${escapeData(f.message)}\n`;
    }
  }
  return out;
};
