import type { KindSpec } from './spec';

/** docs/changes/percentile-lowered.md */
export const percentileLowered: KindSpec = {
  title: 'Percentile lowered',
  mirror: 'percentile-raised',
  benefits: 'owner',
  what: 'A percentile metric judges a lower percentile (p99 → p95).',
  whom: 'For an upper bound a lower percentile is easier to meet, which favours the metric\'s owner (reversed for a lower bound).',
};
