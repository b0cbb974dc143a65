import { dec, mul, sub, toText } from '../../core/decimal';
import { InputError } from '../../core/errors';
import { periodOf, sliceOf } from './window';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

export interface ImportOptions {
  /** The first day of the term when no SLO's calendar gives one (YYYY-MM-DD). */
  start: string;
}

export interface OpenSloImport {
  agreement: Obj;
  /** What had to be guessed, for the user to check: one sentence each. */
  guesses: string[];
}

/** An agreement id from an OpenSLO name (ids take letters, digits, '-', '_' and '.'). */
const idOf = (name: string): string => name.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'imported';

/** A fraction (0.999) as a percentage (99.9), exactly as written. */
function percent(n: number): string {
  const t = toText(mul(dec(String(n)), dec(100)));
  return t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t;
}

const PREFIX = 'sla-as-code.dev/';

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

interface Metric {
  metric: Obj;
  data: [string, Obj];
  /** A calendar restored from the SLO's annotations. */
  calendar?: [string, Obj];
}

/**
 * What `sla export openslo` kept in annotations and an agreement can hold
 * again: the target as written (strict), the warning, the window's calendar,
 * downtime from intervals. The others are said.
 */
function restore(m: Metric, annotations: Obj, name: string, say: (s: string) => void): void {
  for (const [key, value] of Object.entries(annotations)) {
    if (!key.startsWith(PREFIX) || typeof value !== 'string') continue;
    const what = key.slice(PREFIX.length);
    if (what === 'target' || what === 'warning') m.metric[what] = value;
    else if (what === 'downtime' && value === 'intervals') {
      m.data[1] = { kind: 'intervals', columns: { start: 'start', end: 'end' } };
      for (const k of ['slice', 'downWhen', 'sliceMeasure']) delete m.metric[k];
    } else if (what === 'window' && m.metric.kind === 'availability') {
      const def = obj(JSON.parse(value) as unknown);
      const cal = text(def.calendar) ?? text(def.outside);
      if (!cal) continue;
      m.calendar = [cal, Object.fromEntries(['hours', 'holidays', 'timezone'].filter((k) => def[k] !== undefined).map((k) => [k, def[k]]))];
      m.metric.window = def.outside !== undefined ? { outside: cal } : cal;
    } else if (what !== 'agreement' && what !== 'metric') say(`SLO '${name}': annotation ${key} is not restored (it needs more than OpenSLO carries); see its value in the OpenSLO file`);
  }
}

/**
 * One SLO as a metric and its data source: Occurrences of a ratio are a
 * ratio over counts; Timeslices are availability cut into slices (a slice
 * down under its timeSliceTarget); a threshold is a percentile of `value`.
 */
function metricOf(slo: Obj, sli: Obj | undefined, say: (s: string) => void): Metric | null {
  const meta = obj(slo.metadata);
  const spec = obj(slo.spec);
  const name = String(meta.name);
  const id = idOf(name);
  const objectives = Array.isArray(spec.objectives) ? spec.objectives.map(obj) : [];
  if (objectives.length === 0) {
    say(`SLO '${name}' has no objectives: left out`);
    return null;
  }
  if (objectives.length > 1) say(`SLO '${name}' has ${objectives.length} objectives: the first is the target, the others are left out`);
  const o = objectives[0]!;
  const target = typeof o.target === 'number' ? percent(o.target) : typeof o.targetPercent === 'number' ? String(o.targetPercent) : undefined;
  if (target === undefined) {
    say(`SLO '${name}' has no target: left out`);
    return null;
  }
  const ind = obj(sli ?? spec.indicator);
  const indicator = obj(ind.spec);
  const ratio = obj(indicator.ratioMetric);
  const threshold = indicator.thresholdMetric !== undefined;
  const { period, guess } = periodOf(obj((Array.isArray(spec.timeWindow) ? spec.timeWindow[0] : undefined) as unknown));
  if (guess) say(`SLO '${name}': ${guess}`);
  const source = idOf(text(obj(ind.metadata).name) ?? name);
  const metric: Obj = {
    id,
    name: text(meta.displayName) ?? name,
    ...(text(spec.description) ? { description: spec.description } : {}),
    service: idOf(text(spec.service) ?? 'service'),
    owner: 'provider',
  };
  const method = String(spec.budgetingMethod ?? '');
  const done = (m: Metric): Metric => {
    restore(m, obj(meta.annotations), name, say);
    return m;
  };
  if (threshold) {
    if (method !== 'Occurrences') say(`SLO '${name}': a threshold metric budgeted by ${method || 'nothing'}: read as Occurrences, a percentile of the values`);
    const op = String(o.op ?? 'lte');
    const below = op === 'lte' || op === 'lt';
    const p = below ? target : toText(sub(dec(100), dec(target)));
    say(`SLO '${name}': values are read from column 'value' of data source '${source}' in milliseconds (unit: ms); the target is the ${p}th percentile ${below ? 'at most' : 'at least'} ${String(o.value)}`);
    const cond = { lte: '<=', lt: '<', gte: '>=', gt: '>' }[op] ?? '<=';
    Object.assign(metric, { kind: 'percentile', data: source, value: 'value', unit: 'ms', percentile: Number(p), period, target: `${cond} ${String(o.value)}ms` });
    return done({ metric, data: [source, { kind: 'events', columns: { time: 'time' } }] });
  }
  if (ratio.good === undefined && ratio.bad !== undefined) say(`SLO '${name}' counts bad events: its data source needs a column 'good' of good events (total less bad)`);
  const data: Obj = { kind: 'counts', columns: { time: 'time', good: 'good', total: 'total' } };
  if (method === 'Occurrences') {
    Object.assign(metric, { kind: 'ratio', data: source, period, target: `>= ${target}%` });
    return done({ metric, data: [source, data] });
  }
  const slice = sliceOf(o.timeSliceWindow);
  const sliceTarget = typeof o.timeSliceTarget === 'number' ? percent(o.timeSliceTarget) : null;
  if (!slice || sliceTarget === null) {
    say(`SLO '${name}': ${method} without a timeSliceWindow and timeSliceTarget: left out`);
    return null;
  }
  if (method === 'RatioTimeslices') say(`SLO '${name}': RatioTimeslices is the mean of the slices' shares (sliceMeasure: mean)`);
  Object.assign(metric, {
    kind: 'availability',
    data: source,
    slice,
    ...(method === 'RatioTimeslices' ? { sliceMeasure: 'mean' } : { downWhen: `< ${sliceTarget}%` }),
    period,
    target: `>= ${target}%`,
  });
  return done({ metric, data: [source, data] });
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
