import type { KindSpec } from './spec';

/** docs/changes/holiday-removed.md */
export const holidayRemoved: KindSpec = {
  title: 'Holiday removed',
  mirror: 'holiday-added',
  benefits: 'counterparty',
  what: 'A calendar loses a holiday.',
  whom: 'Like extended hours: more time is measured in the calendar.',
};
