import type { NodePath } from '../../core/diagnostic';
import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';
import { parsePercent } from '../util/condition';
import { compareDecimal, decimal } from '../util/decimal';

const HUNDRED = decimal('100');
const ZERO = decimal('0');

export const creditRange: Rule = {
  id: 'credit-range',
  description: 'Every tier credit and the credit cap lie within 0% to 100%.',
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    const check = (path: NodePath, value: unknown, what: string): void => {
      const percent = parsePercent(value);
      if (!percent || (compareDecimal(percent, ZERO) >= 0 && compareDecimal(percent, HUNDRED) <= 0)) return;
      context.report(path, `${what} is ${String(value)}: a credit is a percentage of the fee from 0% to 100%`);
    };
    for (const [metric, i] of entries(agreement.metrics)) {
      for (const [tier, j] of entries(metric?.credits)) {
        check(['metrics', i, 'credits', j, 'credit'], tier?.credit, `the credit of tier ${j + 1} of metric '${metric.id ?? i}'`);
      }
    }
    check(['credits', 'cap'], agreement.credits?.cap, 'credits.cap');
  },
};
