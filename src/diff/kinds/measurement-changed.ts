import type { KindSpec } from './spec';

/** docs/changes/measurement-changed.md */
export const measurementChanged: KindSpec = {
  title: 'Measurement changed',
  mirror: 'measurement-changed',
  benefits: 'review',
  what: 'How a metric is measured changed: its kind, data source, row filters (`where`, `good`), columns, slices or unit.',
  whom: 'The same target measured differently can be easier or harder to meet; only the data can tell, so it is for review.',
};
