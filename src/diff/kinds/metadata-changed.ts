import type { KindSpec } from './spec';

/** docs/changes/metadata-changed.md */
export const metadataChanged: KindSpec = {
  title: 'Metadata changed',
  mirror: 'metadata-changed',
  benefits: 'neutral',
  hidden: true,
  what: 'Facts about the document rather than its terms changed: version, status, approvals, references, contacts, addresses, data file paths.',
  whom: 'They owe nothing. Hidden unless `--all`.',
};
