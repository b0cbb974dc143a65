/**
 * The `--format` choices of `sla lint`, apart from the registry so that
 * registering the command loads no formatter (and no chalk); index.ts makes
 * the registry satisfy exactly these names, stylish first (the default).
 */
export const lintFormatNames = ['stylish', 'json', 'sarif', 'junit', 'github', 'gitlab'] as const;

export type LintFormatName = (typeof lintFormatNames)[number];
