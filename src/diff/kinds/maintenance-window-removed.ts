import type { KindSpec } from './spec';

/** docs/changes/maintenance-window-removed.md */
export const maintenanceWindowRemoved: KindSpec = {
  title: 'Maintenance window removed',
  mirror: 'maintenance-window-added',
  benefits: 'customer',
  what: 'A scheduled maintenance window is dropped.',
  whom: 'Downtime in that time counts again, which favours the customer.',
};
