import { compareFindings, type Finding } from '../core/diagnostic';
import type { LoadedDocument } from '../core/load';
import { validateAgreement } from '../core/validate';
import type { RuleSetting } from './config';
import { runRule } from './context';
import { applyDirectives, parseDirectives } from './directives';
import { helpUri, type FileResult, type RuleMeta } from './result';
import type { RuleOptions } from './rule-options';
import { builtinRules } from './rules';

export interface LintSettings {
  /** Severity and options per rule id, from config files and --rule. */
  rules: Readonly<Record<string, RuleSetting>>;
  /** Whether a path relative to the agreement's folder exists (I/O stays outside). */
  fileExists(relativePath: string): boolean;
  /** The column names of a data file's first line, or undefined (absent: headers are not read). */
  fileHeader?(relativePath: string): readonly string[] | undefined;
}

const FIXED_RULES: RuleMeta[] = [
  { id: 'yaml-syntax', description: 'The file is readable YAML: UTF-8, valid syntax, no duplicate keys, bounded aliases, a mapping at the top.', defaultSeverity: 'error', helpUri: helpUri('yaml-syntax') },
  { id: 'schema', description: 'The agreement matches the JSON Schema: known keys, right types, valid durations, targets and dates.', defaultSeverity: 'error', helpUri: helpUri('schema') },
  { id: 'unused-disable-directive', description: 'An inline sla-disable directive suppresses nothing.', defaultSeverity: 'warning', helpUri: helpUri('unused-disable-directive') },
];

/** Every rule that can report, for config checks, SARIF metadata and docs. */
export const ruleCatalog: readonly RuleMeta[] = [
  ...FIXED_RULES,
  ...builtinRules.map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity, helpUri: helpUri(r.id) })),
];

/** The options each rule takes, for checking config files (rules without options take none). */
export const ruleOptions: Readonly<Record<string, RuleOptions>> = Object.fromEntries(builtinRules.map((r) => [r.id, r.options ?? {}]));

export const configurableRuleIds: readonly string[] = ruleCatalog.filter((r) => r.id !== 'yaml-syntax' && r.id !== 'schema').map((r) => r.id);

/**
 * Lints one loaded agreement. Syntax errors stop before the schema, schema
 * errors stop before the rules: one mistake gives one finding, not a cascade.
 */
export function lintDocument(doc: LoadedDocument, settings: LintSettings): Finding[] {
  let findings: Finding[] = [...doc.findings];
  if (doc.data !== null && !findings.some((f) => f.severity === 'error')) {
    const schemaFindings = validateAgreement(doc);
    findings.push(...schemaFindings);
    if (schemaFindings.length === 0) {
      for (const rule of builtinRules) {
        const setting = settings.rules[rule.id];
        const severity = setting ? setting.severity : rule.defaultSeverity;
        if (severity === 'off') continue;
        findings.push(...runRule(rule, doc, { severity, options: setting?.options ?? {}, fileExists: settings.fileExists, fileHeader: settings.fileHeader }));
      }
    }
  }
  const directives = parseDirectives(doc.text);
  findings = applyDirectives(findings, directives);
  const unused = settings.rules['unused-disable-directive']?.severity ?? 'warning';
  if (unused !== 'off') {
    for (const d of directives.filter((x) => !x.used)) {
      const what = d.rules === 'all' ? 'any finding' : d.rules.map((r) => `'${r}'`).join(', ');
      findings.push({ ruleId: 'unused-disable-directive', severity: unused, message: `unused sla-disable directive (no ${what} to suppress here)`, file: doc.file, range: d.range });
    }
  }
  return findings.sort(compareFindings);
}

export function toFileResult(file: string, findings: Finding[]): FileResult {
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  return { file, findings, errorCount, warningCount: findings.length - errorCount };
}
