import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';

/** The metric kind each credit form counts on, and what it counts. */
const NEEDS: Readonly<Record<string, { kind: string; what: string }>> = {
  times: { kind: 'an availability', what: 'downtime' },
  incident: { kind: 'an availability', what: 'incidents (stretches of downtime)' },
  item: { kind: 'a duration', what: 'items that missed their time limit' },
  'day-late': { kind: 'a duration', what: 'days by which items were late' },
};

const article = (kind: string): string => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);

export const creditFormKind: Rule = {
  id: 'credit-form-kind',
  description: 'A credit per incident or a multiple of the downtime is on an availability metric; a credit per item or per day late is on a duration metric.',
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      if (!metric || typeof metric.kind !== 'string') continue;
      for (const [tier, j] of entries(metric.credits)) {
        const credit = tier?.credit as { times?: unknown; per?: unknown } | string | undefined;
        if (!credit || typeof credit !== 'object') continue;
        const form = credit.times !== undefined ? 'times' : String(credit.per);
        const need = NEEDS[form];
        if (!need || need.kind === article(metric.kind)) continue;
        const written = form === 'times' ? `{ times: ${String(credit.times)} }` : `per: ${form}`;
        context.report(
          ['metrics', i, 'credits', j, 'credit'],
          `tier ${j + 1} of metric '${metric.id ?? i}' credits \`${written}\`, which counts ${need.what}, but ${article(metric.kind)} metric has none: use it on ${need.kind} metric, or a percentage or \`per: period\``,
        );
      }
    }
  },
};
