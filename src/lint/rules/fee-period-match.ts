import { PERIOD_KINDS } from '../../core/model';
import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';

/** Whether periods of kind `a` and `b` nest (each of the longer holds whole ones of the shorter): weeks do not nest in months, quarters or years. */
function nests(a: string, b: string): boolean {
  if (a === b || a === 'day' || b === 'day') return true;
  return a !== 'week' && b !== 'week';
}

const known = (p: string): boolean => (PERIOD_KINDS as readonly string[]).includes(p);

export const feePeriodMatch: Rule = {
  id: 'fee-period-match',
  description: "A service fee's `per` matches the period of every metric with credits on that service, unless `credits.feeConversion` says how to convert it (`equal-parts` only between periods that nest).",
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    const conversion = agreement.credits?.feeConversion;
    for (const [metric, i] of entries(agreement.metrics)) {
      if (!metric || !Array.isArray(metric.credits) || metric.credits.length === 0 || typeof metric.period !== 'string') continue;
      const service = agreement.services?.find((s) => s?.id === metric.service);
      const per = service?.fee?.per;
      // charges are the base instead (their billing periods are in the data, converted by feeConversion there)
      if (typeof per !== 'string' || per === metric.period || service?.base !== undefined || !known(per) || !known(metric.period)) continue;
      const name = `metric '${metric.id ?? i}' has credits per ${metric.period}, but service '${metric.service}' is billed per ${per}`;
      if (conversion === undefined) {
        context.report(
          ['metrics', i, 'period'],
          `${name}: a credit is a share of the fee for the credited period, so make them match or say how the fee is converted (\`credits.feeConversion: prorate\` or \`equal-parts\`)`,
        );
      } else if (conversion === 'equal-parts' && !nests(per, metric.period)) {
        context.report(
          ['metrics', i, 'period'],
          `${name}, and ${per}s and ${metric.period}s do not nest, so \`feeConversion: equal-parts\` cannot divide one into the other: use \`prorate\` or make them match`,
        );
      }
    }
  },
};
