import type { KindSpec } from './spec';

/** docs/changes/metric-removed.md */
export const metricRemoved: KindSpec = {
  title: 'Metric removed',
  mirror: 'metric-added',
  benefits: 'owner',
  what: 'A service level (or customer obligation) is no longer part of the agreement.',
  whom: 'The metric\'s owner is released from a commitment: a provider metric removed favours the provider.',
};
