import type { Finding } from '../../core/diagnostic';
import type { RuleMeta } from '../../lint/result';
import { folderUri, sarifLocation } from './paths';
import type { LintFormatter } from './types';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/sla-as-code/sla';

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri?: string;
  defaultConfiguration: { level: 'error' | 'warning' };
}

/** `no-unused-x` -> `NoUnusedX`: SARIF wants a name that is not the id itself. */
const pascal = (id: string): string =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p !== '')
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');

const toRule = (meta: RuleMeta): SarifRule => ({
  id: meta.id,
  name: pascal(meta.id) || meta.id,
  shortDescription: { text: meta.description || meta.id },
  helpUri: meta.helpUri,
  defaultConfiguration: { level: meta.defaultSeverity },
});

/** SARIF regions are 1-based with an exclusive end column, like our ranges; never empty or inverted. */
function region(f: Finding) {
  const { start, end } = f.range;
  const startLine = Math.max(1, start.line);
  const startColumn = Math.max(1, start.column);
  const after = end.line > startLine || (end.line === startLine && end.column > startColumn);
  return {
    startLine,
    startColumn,
    endLine: after ? end.line : startLine,
    endColumn: after ? Math.max(1, end.column) : startColumn + 1,
  };
}

/**
 * SARIF 2.1.0 for code-scanning uploads: one run, every rule that can report
 * in tool.driver.rules (so the viewer can show rules with no results), URIs
 * relative to %SRCROOT% (the working folder).
 */
export const sarif: LintFormatter = (result, options) => {
  const rules = result.rules.map(toRule);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndexOf = (f: Finding): number => {
    const known = index.get(f.ruleId);
    if (known !== undefined) return known;
    rules.push({
      id: f.ruleId,
      name: pascal(f.ruleId) || f.ruleId,
      shortDescription: { text: f.ruleId },
      defaultConfiguration: { level: f.severity },
    });
    index.set(f.ruleId, rules.length - 1);
    return rules.length - 1;
  };
  const results = result.files.flatMap((file) =>
    file.findings.map((f) => ({
      ruleId: f.ruleId,
      ruleIndex: ruleIndexOf(f),
      level: f.severity,
      message: { text: f.message },
      locations: [
        { physicalLocation: { artifactLocation: sarifLocation(file.file, options.cwd), region: region(f) } },
      ],
    })),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sla',
            informationUri: INFORMATION_URI,
            ...(options.version ? { version: options.version } : {}),
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: folderUri(options.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
