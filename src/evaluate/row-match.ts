import { textEquals } from '../rows/cells';
import type { ConditionMap } from '../core/row-filter';
import { compileConditions, type RowTest } from './conditions';
import type { SourceFrame } from './source';

/**
 * A reader's `service` (only when the source maps a service column) and
 * `where`, as one test: a metric's rows, a signal's, deployed or excluded
 * time. Each part is shared by the readers of the source that ask the same.
 */
export function rowMatch(where: ConditionMap | undefined, service: string | undefined, source: SourceFrame): RowTest | null {
  const compiled = compileConditions(where, (name) => source.column(name), { lists: source.lists });
  const test = compiled && source.shared(`where ${JSON.stringify(where)}`, compiled);
  const serviceColumn = source.role('service');
  if (!serviceColumn || !service) return test;
  const i = source.column(serviceColumn);
  const isService = textEquals(service);
  const ofService = source.shared(`service ${JSON.stringify(service)}`, (c) => isService(c, i));
  return test ? (c) => ofService(c) && test(c) : ofService;
}
