import type { Rule } from '../rule';
import { keysOf, view } from '../util/agreement';

const NEEDED = [
  ['period', 'the billing period each amount was paid for'],
  ['amount', 'the amount paid'],
] as const;

export const chargesColumns: Rule = {
  id: 'charges-columns',
  description: 'A data source of kind `charges` maps its `period` and `amount` columns.',
  defaultSeverity: 'error',
  check(context) {
    const data = view(context.agreement).data;
    for (const name of keysOf(data)) {
      const source = data?.[name];
      if (source?.kind !== 'charges') continue;
      const columns = (source.columns ?? {}) as Record<string, unknown>;
      for (const [role, what] of NEEDED) {
        if (columns[role] !== undefined) continue;
        const at = source.columns === undefined ? ['data', name, 'kind'] : ['data', name, 'columns'];
        context.report(at, `charges source '${name}' maps no \`${role}\` column (${what}): add \`columns: { ${role}: HEADER }\``, source.columns === undefined ? {} : { at: 'key' });
      }
    }
  },
};
