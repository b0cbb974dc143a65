import type { KindSpec } from './spec';

/** docs/changes/window-widened.md */
export const windowWidened: KindSpec = {
  title: 'Measurement window widened',
  mirror: 'window-narrowed',
  benefits: 'counterparty',
  what: 'A metric counts more time: its `window` covers more hours than before (business hours → 24x7).',
  whom: 'Downtime in more hours counts, which favours the other party.',
};
