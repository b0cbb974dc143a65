import type { Finding, NodePath, Severity } from '../core/diagnostic';
import type { LoadedDocument } from '../core/load';
import type { Agreement } from '../core/model';
import type { Rule, RuleContext } from './rule';

/**
 * What `report` accepts here. `severity: 'warning'` lowers one finding to a
 * warning (never raises it): rules such as holiday-dates and metric-kind-keys
 * report a lesser problem beside their main one.
 */
export interface ReportOptions {
  at?: 'key' | 'value';
  severity?: 'warning';
}

export interface RuleSettings {
  severity: Severity;
  options?: Record<string, unknown>;
  fileExists: (relativePath: string) => boolean;
  /** The header of a data file; absent: no file is read (rules that need it stay quiet). */
  fileHeader?: (relativePath: string) => readonly string[] | undefined;
}

const NO_HEADER = (): undefined => undefined;

/** Runs one rule over a loaded, schema-valid document and returns its findings (severity = the given one). */
export function runRule(rule: Rule, doc: LoadedDocument, settings: RuleSettings): Finding[] {
  if (doc.data === null) return [];
  const findings: Finding[] = [];
  const seen = new Set<string>();
  const context: RuleContext = {
    agreement: doc.data as unknown as Agreement,
    doc,
    options: settings.options ?? {},
    fileExists: settings.fileExists,
    fileHeader: settings.fileHeader ?? NO_HEADER,
    report(path: NodePath, message: string, options: ReportOptions = {}) {
      const range = options.at === 'key' ? doc.map.keyRangeOf(path) : doc.map.rangeOf(path);
      const key = `${range.start.line}:${range.start.column}:${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      const severity = options.severity === 'warning' ? 'warning' : settings.severity;
      findings.push({ ruleId: rule.id, severity, message, file: doc.file, range });
    },
  };
  rule.check(context);
  return findings;
}
