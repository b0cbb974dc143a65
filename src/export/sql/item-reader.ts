import { InputError } from '../../core/errors';
import type { Metric } from '../../core/model';
import { countWhere, inPeriods, required, type MetricSql } from './context';

interface Clock {
  from: string;
  to: string;
  /** The column that picks the clock's limit (`within.by`), or null for one limit. */
  by: string | null;
}

function clocksOf(metric: Metric): Clock[] {
  const by = (w: Metric['within']): string | null => (typeof w === 'object' && w !== null ? w.by : null);
  if (metric.clocks && metric.clocks.length > 0) return metric.clocks.map((c) => ({ from: c.from, to: c.to, by: by(c.within) }));
  if (!metric.from || !metric.to) throw new InputError(`metric '${metric.id}' needs 'from' and 'to' columns (or 'clocks')`);
  return [{ from: metric.from, to: metric.to, by: by(metric.within) }];
}

/**
 * `duration`: the items of each period (its first clock's `from` in the
 * period), one row per clock with its start, stop, the text that picks its
 * limit and the item's id; and the pauses of those items. Items are few next
 * to events (tickets, not requests): `sla` judges each against its due
 * instant in the metric's calendar, which needs no data.
 */
export function itemSql(m: MetricSql): void {
  const { q, metric } = m;
  const d = q.d;
  const source = m.source(metric.data);
  const clocks = clocksOf(metric);
  const pauseDef = metric.pauses;
  const idRole = source.role('id');
  if (pauseDef !== undefined && !idRole) required(m, source, 'id');
  const fields: string[] = [];
  clocks.forEach((c, k) => {
    if (k > 0) fields.push(`${source.epoch(c.from)} AS f${k}`);
    fields.push(`${source.epoch(c.to)} AS t${k}`);
    if (c.by !== null) fields.push(`${source.conditions.text(c.by)} AS k${k}`);
  });
  fields.push(`${idRole ? source.conditions.text(idRole) : "''"} AS id`);
  const items = `${m.name}_items`;
  const columns = clocks.flatMap((c, k) => [k === 0 ? 't AS f0' : `f${k}`, `t${k}`, ...(c.by !== null ? [`k${k}`] : [])]);
  // the inner names: the alias f0 is not visible within the same SELECT in every engine
  const order = [...columns.map((c) => c.replace(/^t AS f0$/, 't')), 'id'].join(', ');
  const numbered = clocks.length > 1 ? `,\n       ROW_NUMBER() OVER (PARTITION BY period ORDER BY ${order}) AS item` : '';
  q.cte(items, `SELECT period, ${columns.join(', ')}, id${numbered}\nFROM (\n${inPeriods(m, source, clocks[0]!.from, fields, metric.where).replace(/^/gm, '  ')}\n) AS i`);
  clocks.forEach((c, k) => {
    q.select(
      {
        metric: d.literal(metric.id),
        part: "'own'",
        period: 'period',
        slot: String(k),
        ...(clocks.length > 1 ? { item: 'item' } : {}),
        start_ms: `f${k}`,
        end_ms: `t${k}`,
        id: 'id',
        ...(c.by !== null ? { pick: `k${k}` } : {}),
        bad: `CASE WHEN t${k} < f${k} THEN 1 ELSE 0 END`,
      },
      `FROM ${items}`,
    );
  });
  if (pauseDef !== undefined) pausesSql(m, typeof pauseDef === 'string' ? { data: pauseDef } : pauseDef, items);
}

/** The pause rows (`where` of the pauses, never the service) of the items read, as `sla` keeps them. */
function pausesSql(m: MetricSql, def: { data: string; where?: Metric['where'] }, items: string): void {
  const { q } = m;
  const d = q.d;
  const source = m.source(def.data);
  const id = required(m, source, 'id');
  const start = required(m, source, 'start');
  const end = required(m, source, 'end');
  const where = source.conditions.map(def.where);
  const rows = `${m.name}_pauses`;
  q.cte(
    rows,
    `SELECT ${source.conditions.text(id)} AS id, ${source.epoch(start)} AS s, COALESCE(${source.epoch(end)}, ${m.asOf}) AS e, CASE WHEN ${source.col(end)} IS NULL THEN 0 ELSE 1 END AS ended\nFROM ${source.table}\nWHERE ${source.col(start)} IS NOT NULL${where ? ` AND ${where}` : ''}`,
  );
  const head = { metric: d.literal(m.metric.id), part: "'pauses'" };
  q.select({ ...head, id: 'id', start_ms: 's', end_ms: 'e' }, `FROM ${rows}\nWHERE e > s AND id IN (SELECT id FROM ${items})`);
  q.select({ ...head, bad: countWhere('ended = 1 AND e < s') }, `FROM ${rows}\nHAVING ${countWhere('ended = 1 AND e < s')} > 0`);
}
