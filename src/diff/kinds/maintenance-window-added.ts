import type { KindSpec } from './spec';

/** docs/changes/maintenance-window-added.md */
export const maintenanceWindowAdded: KindSpec = {
  title: 'Maintenance window added',
  mirror: 'maintenance-window-removed',
  benefits: 'provider',
  what: 'A new scheduled maintenance window.',
  whom: 'Where metrics exclude maintenance, downtime in it no longer counts: it favours the provider.',
};
