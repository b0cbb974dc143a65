import { InputError } from '../../core/errors';
import { idOf, metricOf, obj, text, type Obj } from './metric';

export interface ImportOptions {
  /** The first day of the term when no SLO's calendar gives one (YYYY-MM-DD). */
  start: string;
}

export interface OpenSloImport {
  agreement: Obj;
  /** What had to be guessed, for the user to check: one sentence each. */
  guesses: string[];
}

function firstOfNextMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}

/** One year after a date, less a day: a term of a year. */
function yearFrom(start: string): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + 1, m - 1, d - 1));
  return end.toISOString().slice(0, 10);
}

/**
 * OpenSLO v1 documents (Service, SLI, SLO) as an agreement skeleton: a
 * service per Service, a metric and a data source per SLO, the term and zone
 * from the first calendar window. Everything an agreement needs that
 * OpenSLO does not say (parties, columns, a period for a rolling window) is
 * guessed, and each guess is returned to be said.
 */
export function importOpenSlo(docs: readonly unknown[], options: ImportOptions): OpenSloImport {
  const guesses: string[] = [];
  const say = (s: string) => guesses.push(s);
  const all = docs.map(obj).filter((d) => Object.keys(d).length > 0);
  const other = all.find((d) => d.apiVersion !== 'openslo/v1');
  if (other) throw new InputError(`a document has apiVersion ${JSON.stringify(other.apiVersion ?? null)}: sla imports OpenSLO v1 (apiVersion: openslo/v1)`);
  const of = (kind: string) => all.filter((d) => d.kind === kind);
  const slis = new Map(of('SLI').map((d) => [String(obj(d.metadata).name), d]));
  const slos = of('SLO');
  if (slos.length === 0) throw new InputError('no SLO documents to import');
  const services = new Map<string, Obj>();
  for (const s of of('Service')) {
    const meta = obj(s.metadata);
    services.set(idOf(String(meta.name)), { id: idOf(String(meta.name)), name: text(meta.displayName) ?? String(meta.name), ...(text(obj(s.spec).description) ? { description: obj(s.spec).description } : {}) });
  }
  const metrics: Obj[] = [];
  const data: Record<string, Obj> = {};
  const calendars: Record<string, Obj> = {};
  let calendar: Obj | undefined;
  for (const slo of slos) {
    const spec = obj(slo.spec);
    const ref = text(spec.indicatorRef);
    if (ref && !slis.has(ref)) say(`SLO '${String(obj(slo.metadata).name)}' refers to SLI '${ref}', which is not among the documents`);
    const m = metricOf(slo, ref ? slis.get(ref) : undefined, say);
    if (!m) continue;
    metrics.push(m.metric);
    data[m.data[0]] ??= m.data[1];
    if (m.calendar) calendars[m.calendar[0]] ??= m.calendar[1];
    const service = String(m.metric.service);
    if (!services.has(service)) {
      services.set(service, { id: service, name: service });
      say(`service '${service}' has no Service document: named after its id`);
    }
    calendar ??= Array.isArray(spec.timeWindow) ? obj(obj(spec.timeWindow[0]).calendar) : undefined;
  }
  if (metrics.length === 0) throw new InputError('none of the SLOs could be imported');
  for (const id of [...services.keys()]) {
    if (metrics.some((m) => m.service === id)) continue;
    services.delete(id);
    say(`Service '${id}' has no SLO: left out`);
  }
  const zone = text(calendar?.timeZone);
  if (!zone) say('no calendar names a time zone: Etc/UTC');
  const startText = text(calendar?.startTime);
  const given = startText && /^\d{4}-\d{2}-\d{2}/.test(startText) ? startText.slice(0, 10) : null;
  // a week's calendar starts on a Monday: the term starts with the month after it
  const start = given === null ? options.start : given.endsWith('-01') ? given : firstOfNextMonth(given);
  if (given === null) say(`no calendar gives a start: the term runs a year from ${start}`);
  else say(`the term runs a year from ${start}${start === given ? ", the calendar's start" : `, the first of the month after the calendar's start (${given})`}`);
  say("the parties are placeholders: 'provider' owns every metric, 'customer' is the other party");
  const agreement: Obj = {
    sla: 1,
    id: 'IMPORTED-OPENSLO',
    title: `Service levels of ${[...services.values()].map((s) => s.name).join(', ')}`,
    type: 'service',
    version: '0.1.0',
    status: 'draft',
    term: { start, end: yearFrom(start) },
    timezone: zone ?? 'Etc/UTC',
    locale: 'en-US',
    currency: 'USD',
    parties: [
      { id: 'provider', role: 'provider', name: 'Provider' },
      { id: 'customer', role: 'customer', name: 'Customer' },
    ],
    services: [...services.values()],
    ...(Object.keys(calendars).length > 0 ? { calendars } : {}),
    data,
    metrics,
  };
  say("each data source names no file: pass it with sla evaluate --data NAME=FILE, or add 'file:'");
  return { agreement, guesses };
}
