import type { KindSpec } from './spec';

/** docs/changes/time-limit-extended.md */
export const timeLimitExtended: KindSpec = {
  title: 'Time limit extended',
  mirror: 'time-limit-shortened',
  benefits: 'owner',
  what: 'A duration metric allows more time per item (`within: 4h` → `within: 8h`).',
  whom: 'Items have longer to be done, which favours the metric\'s owner.',
};
