import type { KindSpec } from './spec';

/** docs/changes/percentile-raised.md */
export const percentileRaised: KindSpec = {
  title: 'Percentile raised',
  mirror: 'percentile-lowered',
  benefits: 'counterparty',
  what: 'A percentile metric judges a higher percentile (p95 → p99) against the same kind of target.',
  whom: 'For an upper bound (`<= 600ms`) a higher percentile is harder to meet, which favours the other party (reversed for a lower bound).',
};
