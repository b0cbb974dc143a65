import type { Agreement, Metric, PeriodKind } from '../../core/model';
import { objectiveOf } from './objective';

/** OpenSLO's duration shorthand of each period (calendar aligned). */
const DURATION: Record<PeriodKind, string> = { day: '1d', week: '1w', month: '1M', quarter: '1Q', year: '1Y' };

const PREFIX = 'sla-as-code.dev/';

export interface OpenSloExport {
  /** The documents, in order: services, then an SLI and an SLO per metric. */
  documents: Record<string, unknown>[];
  /** Metrics OpenSLO cannot express at all, and why. */
  skipped: { metric: string; reason: string }[];
  /** What it cannot say of the metrics it has, kept in annotations: metric, annotation, why. */
  kept: { metric: string; annotation: string; reason: string }[];
}

/** An OpenSLO name (lower case letters, digits, `-` and `.`) from an id. */
export function openSloName(id: string): string {
  const name = id
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
  return name === '' ? 'unnamed' : name.slice(0, 63).replace(/[^a-z0-9]+$/, '');
}

/** The calendar's first instant on or before the term's start: the first day of its period (a week's Monday), at midnight. */
function startTime(term: Agreement['term'], period: PeriodKind): string {
  const start = term.start as unknown;
  const text = start instanceof Date ? start.toISOString().slice(0, 10) : String(start);
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (period === 'week') day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  if (period === 'month' || period === 'quarter' || period === 'year') day.setUTCDate(1);
  if (period === 'quarter') day.setUTCMonth(day.getUTCMonth() - (day.getUTCMonth() % 3));
  if (period === 'year') day.setUTCMonth(0);
  return `${day.toISOString().slice(0, 10)} 00:00:00`;
}

/** OpenSLO names zones as Area/Location: UTC is Etc/UTC. */
const zoneName = (zone: string): string => (zone === 'UTC' ? 'Etc/UTC' : zone);

/** The clauses of a metric OpenSLO has no words for, as [annotation, value, why]. */
function clauses(a: Agreement, metric: Metric): [string, string, string][] {
  const out: [string, string, string][] = [];
  const json = (v: unknown) => JSON.stringify(v);
  const window = metric.window ?? '24x7';
  if (window !== '24x7') {
    const name = typeof window === 'string' ? window : window.outside;
    const def = a.calendars?.[name];
    out.push(['window', json(typeof window === 'string' ? { calendar: name, ...def } : { outside: name, ...def }), `it is measured within the calendar '${name}' (business hours, holidays)`]);
  }
  if (metric.exclude?.length) out.push(['exclude', json(metric.exclude), 'time excluded from downtime (maintenance, data)']);
  if (metric.excludeFromWindow?.length) out.push(['exclude-from-window', json(metric.excludeFromWindow), 'time taken out of the measured time']);
  if (metric.pauses !== undefined) out.push(['pauses', json(metric.pauses), 'clocks that stop while an item is paused']);
  if (metric.kind === 'duration') out.push(['within', json(metric.clocks ?? metric.within), 'the time limit of each item (window time or business days)']);
  if (metric.signals?.length) out.push(['signals', json(metric.signals), 'more sources of downtime']);
  if (metric.downtime) out.push(['downtime', json(metric.downtime), 'how downtime is counted (minimum, unit, weight, components)']);
  if (metric.per) out.push(['per', metric.per, 'each resource is judged on its own']);
  if (metric.deployed) out.push(['deployed', json(metric.deployed), 'only deployed time counts']);
  if (metric.emptySlices && metric.emptySlices !== 'up') out.push(['empty-slices', metric.emptySlices, 'slices without rows are not up']);
  if (metric.warning) out.push(['warning', metric.warning, 'when a met target is at risk']);
  if (metric.credits?.length) out.push(['credits', json(metric.credits), 'service credits owed when the target is missed']);
  if (metric.earnBack) out.push(['earn-back', json(metric.earnBack), 'credits waived when later periods are met']);
  if (metric.excuses?.length) out.push(['excuses', json(metric.excuses), 'metrics this customer obligation excuses']);
  return out;
}

/**
 * The agreement as OpenSLO v1: a Service per service, and an SLI and SLO per
 * metric OpenSLO can express, in calendar-aligned windows of the metric's
 * period in the agreement's zone. What OpenSLO cannot express is kept in
 * annotations under `sla-as-code.dev/` and reported (`kept`, `skipped`).
 */
export function exportOpenSlo(a: Agreement): OpenSloExport {
  const documents: Record<string, unknown>[] = [];
  const skipped: OpenSloExport['skipped'] = [];
  const kept: OpenSloExport['kept'] = [];
  const serviceOf = (m: Metric) => openSloName(m.service ?? a.id);
  const services = new Map<string, Record<string, unknown>>();
  for (const s of a.services ?? []) services.set(openSloName(s.id), { displayName: s.name, ...(s.description ? { description: s.description.slice(0, 1050) } : {}) });
  const slos: Record<string, unknown>[] = [];
  for (const metric of a.metrics) {
    const o = objectiveOf(metric, a.data?.[metric.data]?.kind);
    if (typeof o === 'string') {
      skipped.push({ metric: metric.id, reason: o });
      continue;
    }
    const service = serviceOf(metric);
    if (!services.has(service)) services.set(service, { displayName: a.title });
    const name = openSloName(metric.id);
    const notes = [...o.kept, ...clauses(a, metric)];
    for (const [key, , why] of notes) kept.push({ metric: metric.id, annotation: PREFIX + key, reason: why });
    const annotations = Object.fromEntries([[`${PREFIX}agreement`, a.id], [`${PREFIX}metric`, metric.id], ...notes.map(([key, value]) => [PREFIX + key, value])]);
    slos.push({ apiVersion: 'openslo/v1', kind: 'SLI', metadata: { name, displayName: metric.name }, spec: { ...(metric.description ? { description: metric.description.slice(0, 1050) } : {}), ...o.indicator } });
    slos.push({
      apiVersion: 'openslo/v1',
      kind: 'SLO',
      metadata: { name, displayName: metric.name, annotations },
      spec: {
        ...(metric.description ? { description: metric.description.slice(0, 1050) } : {}),
        service,
        indicatorRef: name,
        timeWindow: [{ duration: DURATION[metric.period], calendar: { startTime: startTime(a.term, metric.period), timeZone: zoneName(a.timezone) }, isRolling: false }],
        budgetingMethod: o.budgetingMethod,
        objectives: [o.objective],
      },
    });
  }
  for (const [name, spec] of services) {
    const { displayName, ...rest } = spec;
    documents.push({ apiVersion: 'openslo/v1', kind: 'Service', metadata: { name, ...(displayName ? { displayName } : {}) }, spec: rest });
  }
  return { documents: [...documents, ...slos], skipped, kept };
}
