import type { KindSpec } from './spec';

/** docs/changes/maintenance-window-widened.md */
export const maintenanceWindowWidened: KindSpec = {
  title: 'Maintenance window widened',
  mirror: 'maintenance-window-narrowed',
  benefits: 'provider',
  what: 'A maintenance window covers more time (`sun 02:00-04:00` → `sun 01:00-05:00`).',
  whom: 'More downtime can be excluded as maintenance, which favours the provider.',
};
