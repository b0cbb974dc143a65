import type { KindSpec } from './spec';

/** docs/changes/window-narrowed.md */
export const windowNarrowed: KindSpec = {
  title: 'Measurement window narrowed',
  mirror: 'window-widened',
  benefits: 'owner',
  what: 'A metric counts less time: its `window` (calendar) covers fewer hours than before (24x7 → business hours).',
  whom: 'Downtime outside the new window no longer counts, which favours the metric\'s owner.',
};
