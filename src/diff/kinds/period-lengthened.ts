import type { KindSpec } from './spec';

/** docs/changes/period-lengthened.md */
export const periodLengthened: KindSpec = {
  title: 'Period lengthened',
  mirror: 'period-shortened',
  benefits: 'owner',
  what: 'A metric is judged over a longer period (month → quarter).',
  whom: 'A bad stretch is averaged out over more time and fewer periods can be missed, which favours the metric\'s owner.',
};
