import { InputError } from '../../core/errors';
import type { RowFilter } from '../../core/model';
import { parseDuration } from '../../time';
import { toText } from './dialects';
import { countWhere, inPeriods, required, type MetricSql } from './context';
import { badCounts } from './period-readers';

export interface SliceReading {
  /** `own` or `signal.N`. */
  part: string;
  source: string;
  where: RowFilter | undefined;
  /** `good` of events (ignored for counts). */
  good: RowFilter | undefined;
  slice: string | undefined;
  /** The column naming the resource, or null. */
  per: string | null;
  reader: string;
}

/**
 * Availability over events or counts: per period, slice (from the period's
 * start, a row on a boundary starting the later one) and resource, the rows
 * and good rows (events) or Σgood and Σtotal (counts). Slices without rows
 * have no row; `sla` decides which slices are down, empty or excluded.
 */
export function sliceSql(m: MetricSql, r: SliceReading): void {
  const { q } = m;
  const source = m.source(r.source);
  const ms = parseDuration(r.slice ?? '');
  if (ms === null || ms <= 0) throw new InputError(`${r.reader}: slice '${r.slice ?? ''}' is not a duration such as 1m`);
  const time = required(m, source, 'time');
  const fields: string[] = [];
  if (r.per !== null) fields.push(`${source.conditions.text(r.per)} AS resource`);
  const counts = source.def.kind === 'counts';
  if (counts) fields.push(`${source.col(required(m, source, 'good'))} AS g`, `${source.col(required(m, source, 'total'))} AS tt`);
  else fields.push(`CASE WHEN ${source.conditions.map(r.good) ?? 'TRUE'} THEN 1 ELSE 0 END AS g`);
  const rows = `${m.name}_${r.part.replace('.', '')}`;
  q.cte(rows, `SELECT period, ${q.d.intDiv('t - p_start', String(ms))} AS slot${r.per !== null ? ', resource' : ''}, g${counts ? ', tt' : ''}\nFROM (\n${inPeriods(m, source, time, fields, r.where).replace(/^/gm, '  ')}\n) AS s`);
  const bad = [counts ? badCounts('g', 'tt') : '', r.per !== null ? "resource = ''" : ''].filter(Boolean).join(' OR ');
  q.select(
    {
      metric: q.d.literal(m.metric.id),
      part: q.d.literal(r.part),
      ...(r.per !== null ? { resource: 'resource' } : {}),
      period: 'period',
      slot: 'slot',
      row_count: 'COUNT(*)',
      good: toText(q.d, 'SUM(g)'),
      ...(counts ? { total: toText(q.d, 'SUM(tt)') } : {}),
      ...(bad ? { bad: countWhere(bad) } : {}),
    },
    `FROM ${rows}\nGROUP BY period, slot${r.per !== null ? ', resource' : ''}`,
  );
}
