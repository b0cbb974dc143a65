import type { KindSpec } from './spec';

/** docs/changes/calendar-removed.md */
export const calendarRemoved: KindSpec = {
  title: 'Calendar removed',
  mirror: 'calendar-added',
  benefits: 'neutral',
  what: 'A calendar is no longer declared.',
  whom: 'A calendar alone owes nothing; a metric\'s window change is reported on its own.',
};
