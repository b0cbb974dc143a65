/**
 * The agreement model: the types of a schema-valid agreement. They are
 * generated from schemas/agreement.schema.json (model.generated.ts), so the
 * model cannot drift from the schema; import them from here, where the names
 * are kept stable when the schema's titles move.
 */
export type * from './model.generated';

import type { PeriodKind, MaintenanceWindow, OneOffMaintenanceWindow, RecurringMaintenanceWindow, MetricWindow, OutsideCalendar } from './model.generated';

/** Every period kind, in order of length. */
export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week', 'month', 'quarter', 'year'];

export function isRecurringWindow(w: MaintenanceWindow): w is RecurringMaintenanceWindow {
  return typeof (w as RecurringMaintenanceWindow).every === 'string';
}

export function isOneOffWindow(w: MaintenanceWindow): w is OneOffMaintenanceWindow {
  return !isRecurringWindow(w);
}

export function isOutsideWindow(w: MetricWindow): w is OutsideCalendar {
  return typeof w === 'object' && w !== null;
}
