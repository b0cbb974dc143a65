import type { KindSpec } from './spec';

/** docs/changes/holiday-added.md */
export const holidayAdded: KindSpec = {
  title: 'Holiday added',
  mirror: 'holiday-removed',
  benefits: 'owner',
  what: 'A calendar gains a holiday: a day without its hours.',
  whom: 'Like shortened hours: less time is measured in the calendar.',
};
