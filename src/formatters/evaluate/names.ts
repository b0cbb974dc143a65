/**
 * The `--format` choices, apart from the registry so that registering the
 * command does not load chalk, cli-table3 and Handlebars; index.ts makes the
 * registry satisfy exactly these names, and a test keeps the order equal.
 */
export const evaluateFormatNames = ['table', 'json', 'md', 'html', 'csv', 'junit'] as const;

export type EvaluateFormatName = (typeof evaluateFormatNames)[number];
