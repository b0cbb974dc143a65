import type { KindSpec } from './spec';

/** docs/changes/renamed.md */
export const renamed: KindSpec = {
  title: 'Renamed (probable)',
  mirror: 'renamed',
  benefits: 'neutral',
  what: 'An item\'s id or name changed while its content stayed at least 60% the same: it is matched as the same item, and changes inside it are reported on their own.',
  whom: 'A new name alone owes nothing; the changes inside it carry their own direction.',
};
