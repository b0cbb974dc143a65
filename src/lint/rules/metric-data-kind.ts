import { metricKind } from '../../core/metric-kinds';
import type { Rule } from '../rule';
import { dataKind, entries, view } from '../util/agreement';

const alternatives = (kinds: readonly string[]): string =>
  kinds.length === 1 ? `'${kinds[0]}'` : `${kinds.slice(0, -1).map((k) => `'${k}'`).join(', ')} or '${kinds[kinds.length - 1]}'`;

const SIGNAL_KINDS: readonly string[] = ['intervals', 'events', 'counts'];

export const metricDataKind: Rule = {
  id: 'metric-data-kind',
  description: "A metric's kind fits the kind of its data source; signals read intervals, events or counts; pauses, deployed time and excluded time read intervals; a credit base reads charges.",
  defaultSeverity: 'error',
  check(context) {
    const agreement = view(context.agreement);
    for (const [metric, i] of entries(agreement.metrics)) {
      if (!metric) continue;
      const name = `metric '${metric.id ?? i}'`;
      const allowed: readonly string[] | undefined = metricKind(metric.kind)?.dataKinds;
      const kind = dataKind(agreement, metric.data);
      if (allowed && kind !== undefined && !allowed.includes(kind)) {
        context.report(
          ['metrics', i, 'data'],
          `${name} (${metric.kind}) reads data source '${metric.data}', which holds ${kind}: ${metric.kind} needs data of kind ${alternatives(allowed)}`,
        );
      }
      const pausesSource = typeof metric.pauses === 'object' ? metric.pauses?.data : metric.pauses;
      const pausesPath = typeof metric.pauses === 'object' ? ['metrics', i, 'pauses', 'data'] : ['metrics', i, 'pauses'];
      const pauses = dataKind(agreement, pausesSource);
      if (pauses !== undefined && pauses !== 'intervals') {
        context.report(pausesPath, `${name} pauses on data source '${pausesSource}', which holds ${pauses}: pauses are read from intervals`);
      }
      for (const [signal, j] of entries(metric.signals)) {
        const kind = dataKind(agreement, signal?.data);
        if (kind === undefined || SIGNAL_KINDS.includes(kind)) continue;
        context.report(['metrics', i, 'signals', j, 'data'], `${name} takes a downtime signal from data source '${signal.data}', which holds ${kind}: a signal reads ${alternatives(SIGNAL_KINDS)}`);
      }
      const intervals = (path: (string | number)[], source: unknown, what: string): void => {
        const kind = dataKind(agreement, source);
        if (kind !== undefined && kind !== 'intervals') context.report(path, `${name} reads ${what} from data source '${String(source)}', which holds ${kind}: ${what} is read from intervals`);
      };
      intervals(['metrics', i, 'deployed', 'data'], metric.deployed?.data, 'deployed time');
      for (const key of ['exclude', 'excludeFromWindow'] as const) {
        for (const [item, j] of entries(metric[key])) {
          if (typeof item === 'object') intervals(['metrics', i, key, j, 'data'], item?.data, 'excluded time');
        }
      }
    }
    for (const [service, i] of entries(agreement.services)) {
      const kind = dataKind(agreement, service?.base?.charges);
      if (kind === undefined || kind === 'charges') continue;
      context.report(['services', i, 'base', 'charges'], `service '${service.id ?? i}' takes its credit base from data source '${service.base?.charges}', which holds ${kind}: a credit base is read from charges`);
    }
  },
};
