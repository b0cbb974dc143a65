import type { NodePath } from '../../core/diagnostic';
import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';
import { parsePercent } from '../../core/condition';
import { cmp, dec } from '../../core/decimal';

const HUNDRED = dec('100');
const ZERO = dec('0');

export const creditRange: Rule = {
  id: 'credit-range',
  description: 'Every percentage credit, the credit cap and percentage caps lie within 0% to 100% (multiples and fixed amounts have checks of their own).',
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    const check = (path: NodePath, value: unknown, what: string): void => {
      const percent = parsePercent(value);
      if (!percent || (cmp(percent, ZERO) >= 0 && cmp(percent, HUNDRED) <= 0)) return;
      context.report(path, `${what} is ${String(value)}: a credit is a percentage of the fee from 0% to 100%`);
    };
    for (const [metric, i] of entries(agreement.metrics)) {
      for (const [tier, j] of entries(metric?.credits)) {
        check(['metrics', i, 'credits', j, 'credit'], tier?.credit, `the credit of tier ${j + 1} of metric '${metric.id ?? i}'`);
      }
    }
    check(['credits', 'cap'], agreement.credits?.cap, 'credits.cap');
    for (const [cap, k] of entries(agreement.credits?.caps)) {
      // an amount of money or days of service is no percentage
      if (typeof cap?.max === 'string') check(['credits', 'caps', k, 'max'], cap.max, `credits.caps[${k}].max`);
    }
  },
};
