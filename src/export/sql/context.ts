import { InputError } from '../../core/errors';
import type { Metric, RowFilter } from '../../core/model';
import type { Period } from '../../time';
import type { QueryBuilder, SourceSql } from './builder';

/** What a reader of one metric gets: the query, the metric, its periods and the run's range. */
export interface MetricSql {
  readonly q: QueryBuilder;
  readonly metric: Metric;
  /** Prefix of the metric's subqueries (m1, m2 ...). */
  readonly name: string;
  /** The subquery of the metric's periods: label, p_start, p_end (measured ends). */
  readonly periods: string;
  readonly periodList: readonly Period[];
  readonly range: { start: number; end: number };
  readonly asOf: number;
  source(name: string): SourceSql;
}

/** A reader's rows in the metric's periods: `fields` over the source (t is the row's instant), joined to its period. */
export function inPeriods(m: MetricSql, source: SourceSql, time: string, fields: string[], filter: RowFilter | undefined): string {
  const inner = [`${source.epoch(time)} AS t`, ...fields].join(',\n       ');
  return `SELECT p.label AS period, p.p_start, r.*\nFROM (\n  SELECT ${inner}\n  FROM ${source.table}${source.where(filter, m.metric.service).replace(/\n/g, '\n  ')}\n) AS r\nJOIN ${m.periods} AS p ON r.t >= p.p_start AND r.t < p.p_end`;
}

/** A column role the source must map. */
export function required(m: MetricSql, source: SourceSql, role: string): string {
  const name = source.role(role);
  if (!name) throw new InputError(`data source '${source.name}' maps no '${role}' column (metric '${m.metric.id}')`);
  return name;
}

/** SUM of a 0/1 test, 0 over no rows. */
export const countWhere = (test: string): string => `COALESCE(SUM(CASE WHEN ${test} THEN 1 ELSE 0 END), 0)`;
