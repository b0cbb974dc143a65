import { countChanges } from './counts';
import type { DiffFormatter } from './types';

/**
 * Stable machine output (schemas/diff.schema.json): the counts, every shown
 * change with its kind, direction, path, values as written, effects
 * (unrounded), fingerprint and place in the new file, and the lifecycle
 * checks. Keys are only ever added, never renamed or removed.
 */
export const json: DiffFormatter = (report, options) => {
  const doc = {
    tool: { name: 'sla', version: options.version ?? null },
    old: report.before,
    new: report.after,
    draft: report.draft,
    summary: { ...countChanges(report.changes), hidden: report.hidden },
    changes: report.changes.map((c) => ({
      kind: c.kind,
      title: c.title,
      direction: c.direction,
      path: c.path,
      old: c.old,
      new: c.new,
      summary: c.summary,
      ...(c.words ? { words: c.words } : {}),
      effects: c.effects,
      fingerprint: c.fingerprint,
      accepted: c.accepted ?? null,
      line: c.at.line,
      column: c.at.column,
    })),
    checks: report.checks.map((k) => ({ id: k.id, message: k.message, line: k.at.line, column: k.at.column })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
};
