import type { Finding, Range } from '../core/diagnostic';

/**
 * Inline directives in YAML comments, ESLint style:
 *   # sla-disable-next-line rule-a, rule-b -- why
 *   key: value  # sla-disable-line rule-a -- why
 *   # sla-disable rule-a -- why          (the whole file)
 * With no rule ids a directive covers every rule.
 */
export interface Directive {
  kind: 'file' | 'line';
  /** The line a `line` directive covers (1-based). */
  line: number;
  rules: string[] | 'all';
  range: Range;
  used: boolean;
}

const DIRECTIVE = /(?:^|\s)#\s*sla-(disable-next-line|disable-line|disable)(?![\w-])([^\n]*)/;

export function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('sla-disable')) return out;
  const lines = text.split('\n');
  lines.forEach((lineText, i) => {
    const m = DIRECTIVE.exec(lineText);
    if (!m) return;
    const [body] = m[2].split(/\s--\s|\s--$/);
    const ids = body.split(/[\s,]+/).filter((s) => s !== '');
    const column = lineText.indexOf('#', m.index) + 1;
    const kind = m[1] === 'disable' ? 'file' : 'line';
    out.push({
      kind,
      line: m[1] === 'disable-next-line' ? i + 2 : i + 1,
      rules: ids.length === 0 ? 'all' : ids,
      range: { start: { line: i + 1, column }, end: { line: i + 1, column: lineText.trimEnd().length + 1 } },
      used: false,
    });
  });
  return out;
}

const covers = (d: Directive, f: Finding): boolean =>
  (d.rules === 'all' || d.rules.includes(f.ruleId)) && (d.kind === 'file' || f.range.start.line === d.line);

/** Drops the findings that a directive covers and marks those directives used. */
export function applyDirectives(findings: Finding[], directives: Directive[]): Finding[] {
  if (directives.length === 0) return findings;
  return findings.filter((f) => {
    if (f.ruleId === 'yaml-syntax') return true;
    let suppressed = false;
    for (const d of directives) {
      if (covers(d, f)) {
        d.used = true;
        suppressed = true;
      }
    }
    return !suppressed;
  });
}
