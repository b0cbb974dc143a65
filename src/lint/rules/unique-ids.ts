import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';

const LISTS = [
  { what: 'party', path: ['parties'] },
  { what: 'service', path: ['services'] },
  { what: 'metric', path: ['metrics'] },
  { what: 'maintenance window', path: ['maintenance', 'windows'] },
] as const;

export const uniqueIds: Rule = {
  id: 'unique-ids',
  description: 'Ids are unique among parties, services, metrics and maintenance windows.',
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement) as Record<string, unknown>;
    for (const { what, path } of LISTS) {
      let list: unknown = agreement;
      for (const key of path) list = (list as Record<string, unknown> | undefined)?.[key];
      const first = new Map<string, number>();
      for (const [item, i] of entries(list as { id?: unknown }[] | undefined)) {
        const id = item?.id;
        if (typeof id !== 'string') continue;
        const earlier = first.get(id);
        if (earlier === undefined) {
          first.set(id, i);
          continue;
        }
        const line = context.doc.map.rangeOf([...path, earlier, 'id']).start.line;
        context.report([...path, i, 'id'], `${what} id '${id}' is already used by ${path.join('.')}[${earlier}] (line ${line}): ids must be unique`);
      }
    }
  },
};
