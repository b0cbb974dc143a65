import type { KindSpec } from './spec';

/** docs/changes/maintenance-window-narrowed.md */
export const maintenanceWindowNarrowed: KindSpec = {
  title: 'Maintenance window narrowed',
  mirror: 'maintenance-window-widened',
  benefits: 'customer',
  what: 'A maintenance window covers less time.',
  whom: 'Less downtime can be excluded as maintenance, which favours the customer.',
};
