import type { RowFilter } from '../../core/model';
import { countWhere, type MetricSql } from './context';
import { InputError } from '../../core/errors';

export interface IntervalReading {
  /** `own`, `signal.N`, `deployed`, `exclude.N`, `excludeFromWindow.N`. */
  part: string;
  source: string;
  where: RowFilter | undefined;
  /** The column naming the resource, or null. */
  per: string | null;
  /** Rows whose interval meets this span are kept. */
  keep: { start: number; end: number };
  reader: string;
}

/**
 * Intervals (downtime, signals, deployed and excluded time): the union of the
 * matching rows' [start, end) that meet the kept span, per resource, as
 * merged stretches (touching intervals join, as in `sla`). An empty end lasts
 * until --as-of; an end before its start is a row `sla` would stop at.
 */
export function intervalSql(m: MetricSql, r: IntervalReading): void {
  const { q } = m;
  const d = q.d;
  const source = m.source(r.source);
  const role = (name: string): string => {
    const col = source.role(name);
    if (!col) throw new InputError(`data source '${source.name}' maps no '${name}' column (${r.reader})`);
    return col;
  };
  const start = role('start');
  const end = role('end');
  const base = `${m.name}_${r.part.replace('.', '')}`;
  const resource = r.per === null ? `CAST(NULL AS ${d.text})` : source.conditions.text(r.per);
  q.cte(
    `${base}_rows`,
    `SELECT ${resource} AS resource, ${source.epoch(start)} AS s, COALESCE(${source.epoch(end)}, ${m.asOf}) AS e, CASE WHEN ${source.col(end)} IS NULL THEN 0 ELSE 1 END AS ended\nFROM ${source.table}${source.where(r.where, m.metric.service)}`,
  );
  // the furthest end so far, then the one before each row: frames of `N PRECEDING` are not in every grammar
  q.cte(
    `${base}_kept`,
    `SELECT resource, s, e, MAX(e) OVER (PARTITION BY resource ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto\nFROM ${base}_rows\nWHERE s IS NOT NULL AND e > s AND e > ${r.keep.start} AND s < ${r.keep.end}`,
  );
  q.cte(`${base}_reach`, `SELECT resource, s, e, LAG(upto) OVER (PARTITION BY resource ORDER BY s, e) AS reach\nFROM ${base}_kept`);
  q.cte(
    `${base}_runs`,
    `SELECT resource, s, e, SUM(CASE WHEN reach IS NULL OR s > reach THEN 1 ELSE 0 END) OVER (PARTITION BY resource ORDER BY s, e ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run\nFROM ${base}_reach`,
  );
  const head = { metric: d.literal(m.metric.id), part: d.literal(r.part) };
  q.select(
    { ...head, resource: 'resource', row_count: 'COUNT(*)', start_ms: 'MIN(s)', end_ms: 'MAX(e)', ...(r.per !== null ? { bad: countWhere("resource = ''") } : {}) },
    `FROM ${base}_runs\nGROUP BY resource, run`,
  );
  q.select({ ...head, bad: 'COUNT(*)' }, `FROM ${base}_rows\nWHERE s IS NOT NULL AND ended = 1 AND e < s\nHAVING COUNT(*) > 0`);
}
