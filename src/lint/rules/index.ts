import type { Rule } from '../rule';
import { calendarHours } from './calendar-hours';
import { creditRange } from './credit-range';
import { creditTierDirection } from './credit-tier-direction';
import { creditTierGap } from './credit-tier-gap';
import { creditTierMeetsTarget } from './credit-tier-meets-target';
import { creditTierMonotonic } from './credit-tier-monotonic';
import { customerNoCredits } from './customer-no-credits';
import { dataFileExists } from './data-file-exists';
import { dataSourceFormat } from './data-source-format';
import { earnBackNeedsCredits } from './earn-back-needs-credits';
import { excusesDirection } from './excuses-direction';
import { feePeriodMatch } from './fee-period-match';
import { holidayDates } from './holiday-dates';
import { maintenanceNotice } from './maintenance-notice';
import { maintenanceWindows } from './maintenance-windows';
import { metricDataKind } from './metric-data-kind';
import { metricKindKeys } from './metric-kind-keys';
import { metricOwnerParty } from './metric-owner-party';
import { serviceHasMetric } from './service-has-metric';
import { serviceMetricCount } from './service-metric-count';
import { targetUnit } from './target-unit';
import { termOrder } from './term-order';
import { uniqueIds } from './unique-ids';
import { validReference } from './valid-reference';
import { validTimezone } from './valid-timezone';
import { warningMetSide } from './warning-met-side';

/** The ids of the rules in this folder; the registry below must hold exactly these. */
export type BuiltinRuleId =
  | 'unique-ids'
  | 'valid-reference'
  | 'metric-owner-party'
  | 'metric-data-kind'
  | 'metric-kind-keys'
  | 'target-unit'
  | 'credit-tier-direction'
  | 'credit-tier-monotonic'
  | 'credit-tier-gap'
  | 'credit-tier-meets-target'
  | 'credit-range'
  | 'customer-no-credits'
  | 'excuses-direction'
  | 'earn-back-needs-credits'
  | 'warning-met-side'
  | 'fee-period-match'
  | 'calendar-hours'
  | 'valid-timezone'
  | 'holiday-dates'
  | 'maintenance-windows'
  | 'maintenance-notice'
  | 'term-order'
  | 'service-has-metric'
  | 'service-metric-count'
  | 'data-file-exists'
  | 'data-source-format';

const byId = {
  'unique-ids': uniqueIds,
  'valid-reference': validReference,
  'metric-owner-party': metricOwnerParty,
  'metric-data-kind': metricDataKind,
  'metric-kind-keys': metricKindKeys,
  'target-unit': targetUnit,
  'credit-tier-direction': creditTierDirection,
  'credit-tier-monotonic': creditTierMonotonic,
  'credit-tier-gap': creditTierGap,
  'credit-tier-meets-target': creditTierMeetsTarget,
  'credit-range': creditRange,
  'customer-no-credits': customerNoCredits,
  'excuses-direction': excusesDirection,
  'earn-back-needs-credits': earnBackNeedsCredits,
  'warning-met-side': warningMetSide,
  'fee-period-match': feePeriodMatch,
  'calendar-hours': calendarHours,
  'valid-timezone': validTimezone,
  'holiday-dates': holidayDates,
  'maintenance-windows': maintenanceWindows,
  'maintenance-notice': maintenanceNotice,
  'term-order': termOrder,
  'service-has-metric': serviceHasMetric,
  'service-metric-count': serviceMetricCount,
  'data-file-exists': dataFileExists,
  'data-source-format': dataSourceFormat,
} satisfies Record<BuiltinRuleId, Rule>;

/** Every built-in rule, in the order they run (the order of the docs index). */
export const builtinRules: readonly Rule[] = Object.values(byId);

export function findRule(id: string): Rule | undefined {
  return Object.hasOwn(byId, id) ? byId[id as BuiltinRuleId] : undefined;
}
