import * as path from 'path';

/**
 * The normative reference agreements, their data, expected results and
 * SEMANTICS.md, as this repository carries them (copied from the project's
 * shared reference folder; test/core/reference-copies.test.ts keeps the
 * copies identical where that folder exists beside the checkout).
 */
export const REFERENCE = path.resolve(__dirname, '../fixtures/reference');

/** The three reference agreements by name. */
export const REFERENCE_NAMES = ['managed-hosting', 'marketing-sales', 'saas-platform'] as const;
