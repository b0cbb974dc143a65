import { aggregateDigest, metricSources, type AggregatePlan } from '../../core/aggregates';
import { escapeControls } from '../../core/control-chars';
import { InputError, UsageError } from '../../core/errors';
import type { Agreement, DataSource, Metric, MetricKind, PeriodKind } from '../../core/model';
import { formatOf, formatSpec } from '../../core/source-formats';
import { getZone, periodsIn, type Period, type Zone } from '../../time';
import { availabilityRefusal, availabilitySql } from './availability';
import { QueryBuilder, SourceSql } from './builder';
import type { MetricSql } from './context';
import { DIALECTS, type DialectName } from './dialects';
import { itemSql } from './item-reader';
import { aggregateSql, percentileSql, ratioSql } from './period-readers';
import { exportRange, exportSelection } from './range';

export interface SqlExportOptions {
  dialect: DialectName;
  /** UTC ms: --as-of (the CLI passes now by default). */
  asOf: number;
  from?: string;
  to?: string;
  /** --metric ids (default all). */
  metrics?: string[];
  /** Just those metrics, without the customer metrics that excuse them. */
  exact?: boolean;
  /** --table NAME=TABLE: the FROM item of a data source (default: its name). */
  tables?: Record<string, string>;
}

export interface SqlExport {
  sql: string;
  /** Metrics whose aggregates the query computes. */
  exported: string[];
  /** Metrics it leaves to `sla evaluate` on their rows, and why. */
  refused: { metric: string; reason: string }[];
}

const READERS: Record<MetricKind, (m: MetricSql, kindOf: (s: string) => string, zone: Zone) => void> = {
  availability: availabilitySql,
  ratio: ratioSql,
  percentile: percentileSql,
  duration: itemSql,
  aggregate: aggregateSql,
};

/** Why a metric's rows cannot be aggregated by the engine exactly as `sla` would, or null. */
export function pushdownRefusal(metric: Metric, sources: Readonly<Record<string, DataSource>> = {}): string | null {
  const own = metric.kind === 'availability' ? availabilityRefusal(metric) : null;
  if (own) return own;
  const names = metricSources(metric).filter((n) => sources[n] !== undefined);
  for (const name of names) {
    const def = sources[name]!;
    if (formatSpec(def).transformed) {
      return `data source '${name}' is a ${formatOf(def)} export: sla makes its rows from the export's records (docs/sources/${formatOf(def)}.md), a table of it would not hold them`;
    }
    if (metric.kind === 'duration' && def.columns?.paused !== undefined) {
      return `data source '${name}' maps columns.paused: the time an item stood still moves its due instant in the metric's calendar, which the query does not compute`;
    }
  }
  // Jira's repeated columns are one cell of several values (a condition holds when one of them does); a table's column holds one
  const multi = names.find((n) => formatSpec(sources[n]!).repeatedColumns === true);
  if (multi !== undefined && testsCells(metric)) {
    return `data source '${multi}' is a ${formatOf(sources[multi]!)} export, whose repeated columns are one cell of several values that its conditions test value by value; a table column holds one value`;
  }
  return null;
}

/** Whether a metric tests cells anywhere (a `where` or `good` condition: its own, a signal's, a clock's, an exclusion's). */
function testsCells(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(testsCells);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => ((k === 'where' || k === 'good') && v !== null && typeof v === 'object') || testsCells(v));
}

/**
 * The SQL that computes, for each selected metric and period, the state
 * `sla evaluate` folds from rows (docs/scale-out.md). Pure: the agreement
 * and options in, the query text out.
 */
export function exportSql(agreement: Agreement, options: SqlExportOptions): SqlExport {
  const d = DIALECTS[options.dialect];
  const zone = getZone(agreement.timezone);
  const range = exportRange(agreement.term, options, zone);
  const sources: Record<string, DataSource> = agreement.data ?? {};
  const tables = options.tables ?? {};
  for (const name of Object.keys(tables)) if (!sources[name]) throw new UsageError(`--table ${name}=...: the agreement has no data source '${name}'`);
  const q = new QueryBuilder(d, (name) => tables[name] ?? d.ident(name));
  const refused: SqlExport['refused'] = [];
  const exported: string[] = [];
  const periodTables = new Map<PeriodKind, string>();

  const selected = exportSelection(agreement, options.metrics).filter((m) => !options.exact || options.metrics!.includes(m.id));
  selected.forEach((metric, index) => {
    const reason = pushdownRefusal(metric, sources);
    if (reason) {
      refused.push({ metric: metric.id, reason });
      return;
    }
    const periods = periodsIn(metric.period, zone, range.start, range.end)
      .filter((p) => p.start < options.asOf)
      .map((p): Period => ({ label: p.label, start: p.start, end: Math.max(p.start, Math.min(p.end, options.asOf)) }));
    const names = metricSources(metric);
    const defs: Record<string, unknown> = {};
    for (const n of names) {
      if (!sources[n]) throw new InputError(`metric '${metric.id}' reads unknown data source '${n}'`);
      defs[n] = sources[n];
    }
    const plan: AggregatePlan = {
      digest: aggregateDigest({ metric, sources: defs, periods, asOf: options.asOf, range }),
      asOf: new Date(options.asOf).toISOString(),
      ...(options.from !== undefined ? { from: options.from } : {}),
      ...(options.to !== undefined ? { to: options.to } : {}),
    };
    q.select({ metric: d.literal(metric.id), part: "'plan'", value: d.literal(JSON.stringify(plan)) }, '');
    let table = periodTables.get(metric.period);
    if (!table) {
      table = `periods_${metric.period}`;
      periodTables.set(metric.period, table);
      q.cte(table, periodsSql(periods, q));
    }
    const sourceSql = new Map<string, SourceSql>();
    const m: MetricSql = {
      q,
      metric,
      name: `m${index + 1}`,
      periods: table,
      periodList: periods,
      range,
      asOf: options.asOf,
      source: (n) => sourceSql.get(n) ?? sourceSql.set(n, new SourceSql(q, n, sources[n]!)).get(n)!,
    };
    READERS[metric.kind](m, (n) => sources[n]!.kind, zone);
    exported.push(metric.id);
  });

  if (options.metrics && options.metrics.length > 0 && refused.some((r) => options.metrics!.includes(r.metric))) {
    throw new UsageError(refused.map((r) => `metric '${r.metric}' cannot be exported: ${r.reason}`).join('\n'));
  }
  if (exported.length === 0) throw new UsageError(`no metric can be computed in SQL: ${refused.map((r) => `'${r.metric}' (${r.reason})`).join(', ')}`);
  return { sql: header(agreement, options, exported, refused) + q.text(), exported, refused };
}

/** The periods of a kind, measured ends: one SELECT per period (every dialect has that, unlike VALUES). */
function periodsSql(periods: readonly Period[], q: QueryBuilder): string {
  if (periods.length === 0) return `SELECT CAST(NULL AS ${q.d.text}) AS label, CAST(NULL AS ${q.d.bigint}) AS p_start, CAST(NULL AS ${q.d.bigint}) AS p_end\nFROM (SELECT 1 AS one) AS nothing\nWHERE 1 = 0`;
  return periods.map((p) => `SELECT ${q.d.literal(p.label)} AS label, CAST(${p.start} AS ${q.d.bigint}) AS p_start, CAST(${p.end} AS ${q.d.bigint}) AS p_end`).join('\nUNION ALL\n');
}

function header(a: Agreement, o: SqlExportOptions, exported: string[], refused: SqlExport['refused']): string {
  const line = (text: string) => `-- ${escapeControls(text).replace(/[\r\n]/g, ' ')}\n`;
  let out = line(`sla export sql: agreement ${a.id}, dialect ${o.dialect}, as of ${new Date(o.asOf).toISOString()}${o.from ? `, from ${o.from}` : ''}${o.to ? `, to ${o.to}` : ''}`);
  out += line(`metrics: ${exported.join(', ')}`);
  for (const r of refused) out += line(`not exported: ${r.metric} (${r.reason})`);
  out += line('time columns are TIMESTAMPs (instants); the result feeds `sla evaluate AGREEMENT --aggregates FILE` (CSV or JSON)');
  return out;
}
