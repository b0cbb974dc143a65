import type { Rule } from '../rule';
import { businessDaysWindow } from './business-days-window';
import { calendarHours } from './calendar-hours';
import { capDays } from './cap-days';
import { chargesColumns } from './charges-columns';
import { claimBeforeReport } from './claim-before-report';
import { claimCalendar } from './claim-calendar';
import { creditBand } from './credit-band';
import { creditFormKind } from './credit-form-kind';
import { creditNeedsBase } from './credit-needs-base';
import { creditRange } from './credit-range';
import { creditTierDirection } from './credit-tier-direction';
import { creditTierGap } from './credit-tier-gap';
import { creditTierMeetsTarget } from './credit-tier-meets-target';
import { creditTierMonotonic } from './credit-tier-monotonic';
import { customerNoCredits } from './customer-no-credits';
import { dataColumns } from './data-columns';
import { dataFileExists } from './data-file-exists';
import { dataFileInside } from './data-file-inside';
import { downtimeComposite } from './downtime-composite';
import { dataSourceFormat } from './data-source-format';
import { earnBackNeedsCredits } from './earn-back-needs-credits';
import { exactNumber } from './exact-number';
import { exclusionBudget } from './exclusion-budget';
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
import { sliceLength } from './slice-length';
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
  | 'downtime-composite'
  | 'exclusion-budget'
  | 'target-unit'
  | 'credit-tier-direction'
  | 'credit-band'
  | 'credit-tier-monotonic'
  | 'credit-tier-gap'
  | 'credit-tier-meets-target'
  | 'credit-range'
  | 'credit-form-kind'
  | 'credit-needs-base'
  | 'cap-days'
  | 'customer-no-credits'
  | 'excuses-direction'
  | 'earn-back-needs-credits'
  | 'warning-met-side'
  | 'fee-period-match'
  | 'claim-calendar'
  | 'claim-before-report'
  | 'slice-length'
  | 'calendar-hours'
  | 'business-days-window'
  | 'valid-timezone'
  | 'holiday-dates'
  | 'maintenance-windows'
  | 'maintenance-notice'
  | 'term-order'
  | 'service-has-metric'
  | 'service-metric-count'
  | 'data-file-exists'
  | 'charges-columns'
  | 'data-columns'
  | 'data-file-inside'
  | 'exact-number'
  | 'data-source-format';

const byId = {
  'unique-ids': uniqueIds,
  'valid-reference': validReference,
  'metric-owner-party': metricOwnerParty,
  'metric-data-kind': metricDataKind,
  'metric-kind-keys': metricKindKeys,
  'downtime-composite': downtimeComposite,
  'exclusion-budget': exclusionBudget,
  'target-unit': targetUnit,
  'credit-tier-direction': creditTierDirection,
  'credit-band': creditBand,
  'credit-tier-monotonic': creditTierMonotonic,
  'credit-tier-gap': creditTierGap,
  'credit-tier-meets-target': creditTierMeetsTarget,
  'credit-range': creditRange,
  'credit-form-kind': creditFormKind,
  'credit-needs-base': creditNeedsBase,
  'cap-days': capDays,
  'customer-no-credits': customerNoCredits,
  'excuses-direction': excusesDirection,
  'earn-back-needs-credits': earnBackNeedsCredits,
  'warning-met-side': warningMetSide,
  'fee-period-match': feePeriodMatch,
  'claim-calendar': claimCalendar,
  'claim-before-report': claimBeforeReport,
  'slice-length': sliceLength,
  'calendar-hours': calendarHours,
  'business-days-window': businessDaysWindow,
  'valid-timezone': validTimezone,
  'holiday-dates': holidayDates,
  'maintenance-windows': maintenanceWindows,
  'maintenance-notice': maintenanceNotice,
  'term-order': termOrder,
  'service-has-metric': serviceHasMetric,
  'service-metric-count': serviceMetricCount,
  'data-file-exists': dataFileExists,
  'charges-columns': chargesColumns,
  'data-columns': dataColumns,
  'data-file-inside': dataFileInside,
  'exact-number': exactNumber,
  'data-source-format': dataSourceFormat,
} satisfies Record<BuiltinRuleId, Rule>;

/** Every built-in rule, in the order they run (the order of the docs index). */
export const builtinRules: readonly Rule[] = Object.values(byId);

export function findRule(id: string): Rule | undefined {
  return Object.hasOwn(byId, id) ? byId[id as BuiltinRuleId] : undefined;
}
