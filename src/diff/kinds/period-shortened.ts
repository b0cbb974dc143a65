import type { KindSpec } from './spec';

/** docs/changes/period-shortened.md */
export const periodShortened: KindSpec = {
  title: 'Period shortened',
  mirror: 'period-lengthened',
  benefits: 'counterparty',
  what: 'A metric is judged over a shorter period (quarter → month).',
  whom: 'A bad stretch weighs more and each period can be missed on its own, which favours the other party.',
};
