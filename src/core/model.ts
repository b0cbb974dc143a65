/**
 * The agreement model: the types of a schema-valid agreement. They are
 * generated from schemas/agreement.schema.json (model.generated.ts), so the
 * model cannot drift from the schema; import them from here, where the names
 * are kept stable when the schema's titles move.
 */
export type {
  Agreement,
  AgreementType,
  AgreementStatus,
  Term,
  Renewal,
  Party,
  PartyRole,
  Contact,
  Service,
  Fee,
  Calendar,
  Hours,
  HoursRange,
  HoursList,
  Holiday,
  Maintenance,
  MaintenanceWindow,
  RecurringMaintenanceWindow,
  OneOffMaintenanceWindow,
  DataSource,
  DataKind,
  DstChoice,
  Columns,
  Metric,
  MetricKind,
  MetricWindow,
  CalendarName,
  OutsideCalendar,
  AggregateFunction,
  RowFilter,
  ColumnCondition,
  Comparison,
  Scalar,
  ScalarList,
  CreditTier,
  EarnBack,
  CreditsPolicy,
  CreditCombine,
  Claim,
  EscalationLevel,
  Reporting,
  Review,
  Notices,
  NoticeMethod,
  NoticeDelay,
  Reference,
  Approval,
  Identifier,
  Markdown,
  Duration,
  LocalDate,
  LocalDateTime,
  ClockTime,
  DaySpec,
  Every,
  Target,
  ConditionText,
  Percent,
  Money,
  PeriodKind,
  TimeZone,
  Currency,
  Version,
  Email,
  Locale,
  Url,
} from './model.generated';

import type { PeriodKind, MaintenanceWindow, OneOffMaintenanceWindow, RecurringMaintenanceWindow, MetricWindow, OutsideCalendar } from './model.generated';

/** Every period kind, in order of length. */
export const PERIOD_KINDS: readonly PeriodKind[] = ['day', 'week', 'month', 'quarter', 'year'];

/** The built-in calendar every agreement has without declaring it. */
export const ALWAYS_CALENDAR = '24x7';

export function isRecurringWindow(w: MaintenanceWindow): w is RecurringMaintenanceWindow {
  return typeof (w as RecurringMaintenanceWindow).every === 'string';
}

export function isOneOffWindow(w: MaintenanceWindow): w is OneOffMaintenanceWindow {
  return !isRecurringWindow(w);
}

export function isOutsideWindow(w: MetricWindow): w is OutsideCalendar {
  return typeof w === 'object' && w !== null;
}
