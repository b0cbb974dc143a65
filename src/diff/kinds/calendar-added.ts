import type { KindSpec } from './spec';

/** docs/changes/calendar-added.md */
export const calendarAdded: KindSpec = {
  title: 'Calendar added',
  mirror: 'calendar-removed',
  benefits: 'neutral',
  what: 'A calendar is declared. Whom it affects shows in the metrics that start to use it.',
  whom: 'A calendar alone owes nothing; a metric\'s window change is reported on its own.',
};
