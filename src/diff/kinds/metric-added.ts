import type { KindSpec } from './spec';

/** docs/changes/metric-added.md */
export const metricAdded: KindSpec = {
  title: 'Metric added',
  mirror: 'metric-removed',
  benefits: 'counterparty',
  what: 'A new service level (or customer obligation) is part of the agreement.',
  whom: 'The metric\'s owner takes on a new commitment: a provider metric added favours the customer, a customer obligation added favours the provider.',
};
