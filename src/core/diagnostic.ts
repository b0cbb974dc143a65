/** A 1-based line and column in a source file. */
export interface Position {
  line: number;
  column: number;
}

/** Start and end of a span of source text (end is exclusive, both 1-based). */
export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning';

/** A problem found in an agreement: data, never thrown. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  range: Range;
}

/** A path into the agreement's data, such as ['metrics', 2, 'target']. */
export type NodePath = ReadonlyArray<string | number>;

/** Renders a path the way messages show it: `metrics[2].target`. */
export function formatPath(path: NodePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}
