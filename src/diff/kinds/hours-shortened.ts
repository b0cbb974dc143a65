import type { KindSpec } from './spec';

/** docs/changes/hours-shortened.md */
export const hoursShortened: KindSpec = {
  title: 'Hours shortened',
  mirror: 'hours-extended',
  benefits: 'owner',
  what: 'A calendar\'s weekly hours cover less time (business hours shortened).',
  whom: 'Depends on the metrics that use the calendar: fewer measured hours favour the owner of a metric measured in it (and the other party of one measured outside it).',
};
