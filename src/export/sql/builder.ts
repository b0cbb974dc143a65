import { AGGREGATE_COLUMNS, INTEGER_COLUMNS, type AggregateColumn } from '../../core/aggregates';
import type { DataSource } from '../../core/model';
import { SqlConditions } from './conditions';
import type { Dialect } from './dialects';

/** The pieces of one query: named subqueries, then the SELECTs whose rows are the aggregates (UNION ALL). */
export class QueryBuilder {
  readonly ctes: string[] = [];
  readonly selects: string[] = [];

  constructor(
    readonly d: Dialect,
    /** The table (or any FROM item) of a data source. */
    readonly table: (source: string) => string,
  ) {}

  cte(name: string, body: string): void {
    this.ctes.push(`${name} AS (\n${indent(body)}\n)`);
  }

  /** A SELECT of aggregate rows: the given columns, NULL for the others, each cast to the result's type. */
  select(values: Partial<Record<AggregateColumn, string>>, rest: string): void {
    const cols = AGGREGATE_COLUMNS.map((c) => `CAST(${values[c] ?? 'NULL'} AS ${INTEGER_COLUMNS.has(c) ? this.d.bigint : this.d.text}) AS ${c}`);
    this.selects.push(`SELECT ${cols.join(',\n       ')}${rest ? `\n${rest}` : ''}`);
  }

  text(): string {
    const body = this.selects.length === 0 ? emptySelect(this) : this.selects.join('\nUNION ALL\n');
    return this.ctes.length === 0 ? `${body};\n` : `WITH\n${this.ctes.join(',\n')}\n${body};\n`;
  }
}

function emptySelect(q: QueryBuilder): string {
  const cols = AGGREGATE_COLUMNS.map((c) => `CAST(NULL AS ${INTEGER_COLUMNS.has(c) ? q.d.bigint : q.d.text}) AS ${c}`);
  return `SELECT ${cols.join(', ')}\nFROM (SELECT 1 AS one) AS nothing\nWHERE 1 = 0`;
}

export function indent(text: string): string {
  return text.replace(/^/gm, '  ');
}

/** How a reader sees its source: the table, its columns, and its `service` and `where` as SQL. */
export class SourceSql {
  readonly conditions: SqlConditions;

  constructor(
    readonly q: QueryBuilder,
    readonly name: string,
    readonly def: DataSource,
  ) {
    this.conditions = new SqlConditions(q.d, (c) => q.d.ident(c));
  }

  get table(): string {
    return this.q.table(this.name);
  }

  col(name: string): string {
    return this.q.d.ident(name);
  }

  /** The column of a role (`time`, `start` ...); undefined when the source maps none. */
  role(role: string): string | undefined {
    return (this.def.columns as Record<string, string | undefined> | undefined)?.[role];
  }

  /** UTC ms of a time column. */
  epoch(name: string): string {
    return this.q.d.epochMs(this.col(name));
  }

  /** `WHERE ...` for a reader's service and where, or ''. */
  where(filter: Parameters<SqlConditions['map']>[0], service: string | undefined): string {
    const m = this.conditions.match(filter, service, this.role('service'));
    return m ? `\nWHERE ${m}` : '';
  }
}
