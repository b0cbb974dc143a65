import { InputError } from '../../core/errors';
import { toText } from './dialects';
import { countWhere, inPeriods, required, type MetricSql } from './context';

const lit = (m: MetricSql, text: string) => m.q.d.literal(text);

/** `ratio`: per period, rows and good rows (events), or rows, Σgood and Σtotal (counts). */
export function ratioSql(m: MetricSql): void {
  const { q, metric } = m;
  const source = m.source(metric.data);
  const time = required(m, source, 'time');
  const rows = `${m.name}_rows`;
  const head = { metric: lit(m, metric.id), part: "'own'", period: 'period', row_count: 'COUNT(*)' };
  if (source.def.kind === 'counts') {
    const g = source.col(required(m, source, 'good'));
    const t = source.col(required(m, source, 'total'));
    q.cte(rows, inPeriods(m, source, time, [`${g} AS g`, `${t} AS tt`], metric.where));
    q.select({ ...head, good: toText(q.d, 'SUM(g)'), total: toText(q.d, 'SUM(tt)'), bad: countWhere(badCounts('g', 'tt')) }, `FROM ${rows}\nGROUP BY period`);
    return;
  }
  const good = source.conditions.map(metric.good);
  q.cte(rows, inPeriods(m, source, time, [`CASE WHEN ${good ?? 'TRUE'} THEN 1 ELSE 0 END AS g`], metric.where));
  q.select({ ...head, good: toText(q.d, 'SUM(g)') }, `FROM ${rows}\nGROUP BY period`);
}

/** A counts row `sla evaluate` stops at: an empty or negative count, or more good than total. */
export const badCounts = (g: string, t: string): string => `${g} IS NULL OR ${t} IS NULL OR ${g} < 0 OR ${t} < 0 OR ${g} > ${t}`;

/** `aggregate`: per period, the count, and the exact sum, least or greatest of `value`. */
export function aggregateSql(m: MetricSql): void {
  const { q, metric } = m;
  const source = m.source(metric.data);
  const kind = source.def.kind;
  const time = kind === 'items' ? metric.from : source.role(kind === 'intervals' ? 'start' : 'time');
  if (!time) throw new InputError(`metric '${metric.id}': data source '${source.name}' has no time column`);
  const fn = metric.aggregate ?? 'count';
  const rows = `${m.name}_rows`;
  const head = { metric: lit(m, metric.id), part: "'own'", period: 'period', row_count: 'COUNT(*)' };
  if (fn === 'count') {
    q.cte(rows, inPeriods(m, source, time, [], metric.where));
    q.select(head, `FROM ${rows}\nGROUP BY period`);
    return;
  }
  if (!metric.value) throw new InputError(`metric '${metric.id}' names no 'value' column`);
  q.cte(rows, inPeriods(m, source, time, [`${source.col(metric.value)} AS v`], metric.where));
  const value = fn === 'min' ? 'MIN(v)' : fn === 'max' ? 'MAX(v)' : 'SUM(v)';
  q.select({ ...head, value: toText(q.d, value), bad: countWhere('v IS NULL') }, `FROM ${rows}\nGROUP BY period`);
}

/**
 * `percentile`: per period, the number of rows and the value of nearest rank
 * ⌈p × n / 100⌉, the rank computed in whole numbers (p = 99.9 over 1,000 rows
 * is rank 999 exactly). Rows are counted per distinct value first, so only
 * the distinct values are sorted (latencies in ms repeat a lot): the value
 * picked is the one whose run of equal values holds the rank.
 */
export function percentileSql(m: MetricSql): void {
  const { q, metric } = m;
  const d = q.d;
  if (!metric.value) throw new InputError(`metric '${metric.id}' names no 'value' column`);
  const source = m.source(metric.data);
  const time = required(m, source, 'time');
  const [digits, places] = decimalParts(metric.percentile ?? 50);
  const den = `100${'0'.repeat(places)}`;
  const rows = `${m.name}_rows`;
  q.cte(rows, inPeriods(m, source, time, [`${source.col(metric.value)} AS v`], metric.where));
  q.cte(`${m.name}_values`, `SELECT period, v, COUNT(*) AS c\nFROM ${rows}\nGROUP BY period, v`);
  q.cte(`${m.name}_n`, `SELECT period, CAST(SUM(c) AS ${d.bigint}) AS n, CAST(SUM(CASE WHEN v IS NULL THEN c ELSE 0 END) AS ${d.bigint}) AS bad\nFROM ${m.name}_values\nGROUP BY period`);
  q.cte(
    `${m.name}_ranked`,
    `SELECT period, v, CAST(c AS ${d.bigint}) AS c, CAST(SUM(c) OVER (PARTITION BY period ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ${d.bigint}) AS upto\nFROM ${m.name}_values\nWHERE v IS NOT NULL`,
  );
  const rank = `GREATEST(1, LEAST(n.n, ${d.intDiv(`n.n * ${digits} + ${den} - 1`, den)}))`;
  q.select(
    { metric: lit(m, metric.id), part: "'own'", period: 'n.period', row_count: 'n.n', value: toText(d, 'r.v'), bad: 'n.bad' },
    `FROM ${m.name}_n AS n\nLEFT JOIN ${m.name}_ranked AS r ON r.period = n.period AND r.upto >= ${rank} AND r.upto - r.c < ${rank}`,
  );
}

/** A percentile as whole digits and decimal places: 99.9 is [999, 1]. */
function decimalParts(p: number): [string, number] {
  const text = String(p);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) throw new InputError(`percentile ${text} is not a number from 0 to 100 in plain digits`);
  const frac = m[2] ?? '';
  return [String(BigInt(m[1]! + frac)), frac.length];
}
