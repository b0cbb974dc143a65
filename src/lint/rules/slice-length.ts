import { MAX_SLICES_PER_PERIOD, MIN_SLICE } from '../../core/slice-limits';
import type { PeriodKind } from '../../core/model';
import { parseDuration } from '../../time';
import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';

export const sliceLength: Rule = {
  id: 'slice-length',
  description: "A metric's `slice` is long enough to cut its period into at most 1,000,000 slices.",
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      if (!metric || typeof metric.slice !== 'string' || !Object.hasOwn(MIN_SLICE, String(metric.period))) continue;
      const ms = parseDuration(metric.slice);
      const period = metric.period as PeriodKind;
      const min = MIN_SLICE[period];
      if (ms === null || ms >= min.ms) continue;
      const why = ms === 0 ? 'is zero' : `would cut a ${period} into more than ${MAX_SLICES_PER_PERIOD.toLocaleString('en-US')} slices`;
      context.report(['metrics', i, 'slice'], `metric '${metric.id ?? i}': slice '${metric.slice}' ${why}; a ${period} takes a slice of at least ${min.text}`);
    }
  },
};
