import type { NodePath } from '../../core/diagnostic';
import type { Rule, RuleContext } from '../rule';
import { entries, keysOf, view } from '../util/agreement';
import { didYouMean } from '../util/suggest';

export const BUILTIN_CALENDARS = ['24x7'];

/** Reports `name` at `path` unless it is one of `known`. */
function resolve(context: RuleContext, path: NodePath, name: unknown, known: readonly string[], owner: string, what: string): void {
  if (typeof name !== 'string' || known.includes(name)) return;
  context.report(path, `${owner} names ${what} '${name}', which does not exist${didYouMean(name, known)}`);
}

export const validReference: Rule = {
  id: 'valid-reference',
  description: 'Every reference names something that exists: services, data sources, calendars, metrics, maintenance windows, parties.',
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    const services = entries(agreement.services).flatMap(([s]) => (typeof s?.id === 'string' ? [s.id] : []));
    const parties = entries(agreement.parties).flatMap(([p]) => (typeof p?.id === 'string' ? [p.id] : []));
    const metrics = entries(agreement.metrics).flatMap(([m]) => (typeof m?.id === 'string' ? [m.id] : []));
    const sources = keysOf(agreement.data);
    const calendars = [...BUILTIN_CALENDARS, ...keysOf(agreement.calendars)];
    const windows = entries(agreement.maintenance?.windows).flatMap(([w]) => (typeof w?.id === 'string' ? [w.id] : []));
    for (const [metric, i] of entries(agreement.metrics)) {
      if (!metric) continue;
      const owner = `metric '${metric.id ?? i}'`;
      const at = (...rest: (string | number)[]): NodePath => ['metrics', i, ...rest];
      resolve(context, at('service'), metric.service, services, owner, 'service');
      resolve(context, at('data'), metric.data, sources, owner, 'data source');
      if (typeof metric.pauses === 'object') resolve(context, at('pauses', 'data'), metric.pauses?.data, sources, owner, 'data source');
      else resolve(context, at('pauses'), metric.pauses, sources, owner, 'data source');
      for (const [signal, j] of entries(metric.signals)) resolve(context, at('signals', j, 'data'), signal?.data, sources, owner, 'data source');
      resolve(context, at('deployed', 'data'), metric.deployed?.data, sources, owner, 'data source');
      if (typeof metric.window === 'string') resolve(context, at('window'), metric.window, calendars, owner, 'calendar');
      else if (metric.window) resolve(context, at('window', 'outside'), metric.window.outside, calendars, owner, 'calendar');
      for (const [name, j] of entries(metric.excuses)) resolve(context, at('excuses', j), name, metrics, owner, 'metric');
      for (const key of ['exclude', 'excludeFromWindow'] as const) {
        for (const [item, j] of entries(metric[key])) {
          if (typeof item === 'object') resolve(context, at(key, j, 'data'), item?.data, sources, owner, 'data source');
          else resolve(context, at(key, j), item, ['maintenance', ...windows], owner, 'maintenance window');
        }
      }
    }
    for (const [service, i] of entries(agreement.services)) {
      resolve(context, ['services', i, 'base', 'charges'], service?.base?.charges, sources, `service '${service?.id ?? i}'`, 'data source');
    }
    const claim = agreement.credits?.claim;
    if (claim?.calendar !== undefined) resolve(context, ['credits', 'claim', 'calendar'], claim.calendar, calendars, 'credits.claim', 'calendar');
    for (const [approval, i] of entries(agreement.approvals)) {
      resolve(context, ['approvals', i, 'party'], approval?.party, parties, `approval ${i + 1}`, 'party');
    }
    for (const [name, i] of entries(agreement.reporting?.to)) {
      resolve(context, ['reporting', 'to', i], name, parties, 'reporting.to', 'party');
    }
  },
};
