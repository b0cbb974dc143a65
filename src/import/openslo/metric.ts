import { dec, mul, sub, toText } from '../../core/decimal';
import { periodOf, sliceOf } from './window';

export type Obj = Record<string, unknown>;
export const obj = (v: unknown): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
export const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** An agreement id from an OpenSLO name (ids take letters, digits, '-', '_' and '.'). */
export const idOf = (name: string): string => name.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'imported';

/** A fraction (0.999) as a percentage (99.9), exactly as written. */
function percent(n: number): string {
  const t = toText(mul(dec(String(n)), dec(100)));
  return t.includes('.') ? t.replace(/0+$/, '').replace(/\.$/, '') : t;
}

const PREFIX = 'sla-as-code.dev/';

export interface Metric {
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
export function metricOf(slo: Obj, sli: Obj | undefined, say: (s: string) => void): Metric | null {
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
