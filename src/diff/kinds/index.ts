import { targetLowered } from './target-lowered';
import { targetRaised } from './target-raised';
import { targetMadeStrict } from './target-made-strict';
import { targetMadeInclusive } from './target-made-inclusive';
import { warningChanged } from './warning-changed';
import { metricAdded } from './metric-added';
import { metricRemoved } from './metric-removed';
import { tierAdded } from './tier-added';
import { tierRemoved } from './tier-removed';
import { creditRaised } from './credit-raised';
import { creditReduced } from './credit-reduced';
import { tierWidened } from './tier-widened';
import { tierNarrowed } from './tier-narrowed';
import { earnBackAdded } from './earn-back-added';
import { earnBackRemoved } from './earn-back-removed';
import { earnBackLengthened } from './earn-back-lengthened';
import { earnBackShortened } from './earn-back-shortened';
import { periodLengthened } from './period-lengthened';
import { periodShortened } from './period-shortened';
import { windowNarrowed } from './window-narrowed';
import { windowWidened } from './window-widened';
import { timeLimitExtended } from './time-limit-extended';
import { timeLimitShortened } from './time-limit-shortened';
import { percentileRaised } from './percentile-raised';
import { percentileLowered } from './percentile-lowered';
import { exclusionAdded } from './exclusion-added';
import { exclusionRemoved } from './exclusion-removed';
import { excuseAdded } from './excuse-added';
import { excuseRemoved } from './excuse-removed';
import { serviceAdded } from './service-added';
import { serviceRemoved } from './service-removed';
import { feeRaised } from './fee-raised';
import { feeLowered } from './fee-lowered';
import { limitRaised } from './limit-raised';
import { limitLowered } from './limit-lowered';
import { inclusionAdded } from './inclusion-added';
import { inclusionRemoved } from './inclusion-removed';
import { calendarAdded } from './calendar-added';
import { calendarRemoved } from './calendar-removed';
import { hoursShortened } from './hours-shortened';
import { hoursExtended } from './hours-extended';
import { holidayAdded } from './holiday-added';
import { holidayRemoved } from './holiday-removed';
import { maintenanceWindowAdded } from './maintenance-window-added';
import { maintenanceWindowRemoved } from './maintenance-window-removed';
import { maintenanceWindowWidened } from './maintenance-window-widened';
import { maintenanceWindowNarrowed } from './maintenance-window-narrowed';
import { noticeShortened } from './notice-shortened';
import { noticeLengthened } from './notice-lengthened';
import { capLowered } from './cap-lowered';
import { capRaised } from './cap-raised';
import { minimumRaised } from './minimum-raised';
import { minimumLowered } from './minimum-lowered';
import { combineToSum } from './combine-to-sum';
import { combineToMax } from './combine-to-max';
import { claimWindowShortened } from './claim-window-shortened';
import { claimWindowExtended } from './claim-window-extended';
import { escalationSlowed } from './escalation-slowed';
import { escalationSpedUp } from './escalation-sped-up';
import { termShortened } from './term-shortened';
import { termExtended } from './term-extended';
import { responsibilityAdded } from './responsibility-added';
import { responsibilityRemoved } from './responsibility-removed';
import { valueAdded } from './value-added';
import { valueRemoved } from './value-removed';
import { valueChanged } from './value-changed';
import { measurementChanged } from './measurement-changed';
import { ownerChanged } from './owner-changed';
import { clauseReworded } from './clause-reworded';
import { wordingChanged } from './wording-changed';
import { metadataChanged } from './metadata-changed';
import { renamed } from './renamed';
import type { ChangeKind } from './names';
import type { KindSpec } from './spec';

export { changeKinds, type ChangeKind } from './names';
export type { KindSpec } from './spec';

/** The catalogue of change kinds: one file and one docs page each (docs/changes/). */
export const catalogue = {
  'target-lowered': targetLowered,
  'target-raised': targetRaised,
  'target-made-strict': targetMadeStrict,
  'target-made-inclusive': targetMadeInclusive,
  'warning-changed': warningChanged,
  'metric-added': metricAdded,
  'metric-removed': metricRemoved,
  'tier-added': tierAdded,
  'tier-removed': tierRemoved,
  'credit-raised': creditRaised,
  'credit-reduced': creditReduced,
  'tier-widened': tierWidened,
  'tier-narrowed': tierNarrowed,
  'earn-back-added': earnBackAdded,
  'earn-back-removed': earnBackRemoved,
  'earn-back-lengthened': earnBackLengthened,
  'earn-back-shortened': earnBackShortened,
  'period-lengthened': periodLengthened,
  'period-shortened': periodShortened,
  'window-narrowed': windowNarrowed,
  'window-widened': windowWidened,
  'time-limit-extended': timeLimitExtended,
  'time-limit-shortened': timeLimitShortened,
  'percentile-raised': percentileRaised,
  'percentile-lowered': percentileLowered,
  'exclusion-added': exclusionAdded,
  'exclusion-removed': exclusionRemoved,
  'excuse-added': excuseAdded,
  'excuse-removed': excuseRemoved,
  'service-added': serviceAdded,
  'service-removed': serviceRemoved,
  'fee-raised': feeRaised,
  'fee-lowered': feeLowered,
  'limit-raised': limitRaised,
  'limit-lowered': limitLowered,
  'inclusion-added': inclusionAdded,
  'inclusion-removed': inclusionRemoved,
  'calendar-added': calendarAdded,
  'calendar-removed': calendarRemoved,
  'hours-shortened': hoursShortened,
  'hours-extended': hoursExtended,
  'holiday-added': holidayAdded,
  'holiday-removed': holidayRemoved,
  'maintenance-window-added': maintenanceWindowAdded,
  'maintenance-window-removed': maintenanceWindowRemoved,
  'maintenance-window-widened': maintenanceWindowWidened,
  'maintenance-window-narrowed': maintenanceWindowNarrowed,
  'notice-shortened': noticeShortened,
  'notice-lengthened': noticeLengthened,
  'cap-lowered': capLowered,
  'cap-raised': capRaised,
  'minimum-raised': minimumRaised,
  'minimum-lowered': minimumLowered,
  'combine-to-sum': combineToSum,
  'combine-to-max': combineToMax,
  'claim-window-shortened': claimWindowShortened,
  'claim-window-extended': claimWindowExtended,
  'escalation-slowed': escalationSlowed,
  'escalation-sped-up': escalationSpedUp,
  'term-shortened': termShortened,
  'term-extended': termExtended,
  'responsibility-added': responsibilityAdded,
  'responsibility-removed': responsibilityRemoved,
  'value-added': valueAdded,
  'value-removed': valueRemoved,
  'value-changed': valueChanged,
  'measurement-changed': measurementChanged,
  'owner-changed': ownerChanged,
  'clause-reworded': clauseReworded,
  'wording-changed': wordingChanged,
  'metadata-changed': metadataChanged,
  'renamed': renamed,
} satisfies Record<ChangeKind, KindSpec>;
