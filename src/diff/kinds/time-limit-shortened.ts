import type { KindSpec } from './spec';

/** docs/changes/time-limit-shortened.md */
export const timeLimitShortened: KindSpec = {
  title: 'Time limit shortened',
  mirror: 'time-limit-extended',
  benefits: 'counterparty',
  what: 'A duration metric allows less time per item (`within: 8h` → `within: 4h`).',
  whom: 'Items must be done sooner, which favours the other party.',
};
