import type { KindSpec } from './spec';

/** docs/changes/hours-extended.md */
export const hoursExtended: KindSpec = {
  title: 'Hours extended',
  mirror: 'hours-shortened',
  benefits: 'counterparty',
  what: 'A calendar\'s weekly hours cover more time.',
  whom: 'Depends on the metrics that use the calendar: more measured hours favour the other party of a metric measured in it.',
};
