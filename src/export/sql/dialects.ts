/**
 * What differs between the SQL engines `sla export sql` writes for: quoting,
 * the instant of a timestamp column in UTC milliseconds, whole-number
 * division, text and number casts. Everything else is the SQL they share.
 * docs/scale-out.md says which dialects run in the tests and which are only
 * generated.
 */
export const DIALECT_NAMES = ['duckdb', 'postgres', 'bigquery', 'snowflake', 'trino', 'spark'] as const;
export type DialectName = (typeof DIALECT_NAMES)[number];

export interface Dialect {
  readonly name: DialectName;
  /** Type names of the result's columns. */
  readonly text: string;
  readonly bigint: string;
  ident(name: string): string;
  literal(text: string): string;
  /** UTC ms of a timestamp column (truncated to the millisecond, as `sla` reads instants). */
  epochMs(expr: string): string;
  /** a ÷ b rounded down, both whole and a ≥ 0. */
  intDiv(a: string, b: string): string;
  /** Whether text holds a decimal number as `sla` reads one (no blanks, hex or words). */
  isNumber(text: string): string;
  toDouble(text: string): string;
}

/** A decimal number without blanks, hex, infinities or NaN: what strictNumber() accepts. */
const NUMBER = '[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?';

/** Words the dialects reserve (a column named so is quoted); simple lower-case names are left bare. */
const RESERVED = new Set(
  ('all and any array as asc at between both by case cast check collate column constraint create cross current current_date current_time ' +
    'current_timestamp default desc distinct do else end except exists extract false fetch for foreign from full grant group having ' +
    'if ilike in inner intersect interval into is join lateral leading left like limit natural new not null of offset on only or order ' +
    'outer over partition primary qualify range references right rows row select session some table then time timestamp to trailing ' +
    'true union unique unnest user using values when where window with within').split(' '),
);

const bare = (name: string): boolean => /^[a-z_][a-z0-9_]*$/.test(name) && !RESERVED.has(name);

const quoted = (q: string, escape: string) => (name: string) => (bare(name) ? name : q + name.split(q).join(escape) + q);

/** SQL standard: '' doubles a quote; anything else is literal. */
const standardLiteral = (text: string): string => `'${text.split("'").join("''")}'`;

/** BigQuery and Spark read backslash escapes in strings. */
const backslashLiteral = (text: string): string =>
  `'${text.replace(/[\\'\u0000-\u001f\u007f]/g, (c) => (c === '\\' || c === "'" ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}'`;

export const DIALECTS: Record<DialectName, Dialect> = {
  duckdb: {
    name: 'duckdb',
    text: 'VARCHAR',
    bigint: 'BIGINT',
    ident: quoted('"', '""'),
    literal: standardLiteral,
    epochMs: (e) => `epoch_ms(${e})`,
    intDiv: (a, b) => `(${a}) // ${b}`,
    isNumber: (t) => `regexp_full_match(${t}, '${NUMBER}')`,
    toDouble: (t) => `CAST(${t} AS DOUBLE)`,
  },
  postgres: {
    name: 'postgres',
    text: 'TEXT',
    bigint: 'BIGINT',
    ident: quoted('"', '""'),
    literal: standardLiteral,
    epochMs: (e) => `CAST(FLOOR(EXTRACT(EPOCH FROM ${e}) * 1000) AS BIGINT)`,
    intDiv: (a, b) => `(${a}) / ${b}`,
    isNumber: (t) => `(${t} ~ '^${NUMBER}$')`,
    toDouble: (t) => `CAST(${t} AS DOUBLE PRECISION)`,
  },
  bigquery: {
    name: 'bigquery',
    text: 'STRING',
    bigint: 'INT64',
    ident: quoted('`', '\\`'),
    literal: backslashLiteral,
    epochMs: (e) => `UNIX_MILLIS(${e})`,
    intDiv: (a, b) => `DIV(${a}, ${b})`,
    isNumber: (t) => `REGEXP_CONTAINS(${t}, '^${NUMBER}$')`,
    toDouble: (t) => `CAST(${t} AS FLOAT64)`,
  },
  snowflake: {
    name: 'snowflake',
    text: 'VARCHAR',
    bigint: 'BIGINT',
    ident: quoted('"', '""'),
    literal: standardLiteral,
    epochMs: (e) => `DATE_PART(EPOCH_MILLISECOND, ${e})`,
    intDiv: (a, b) => `FLOOR((${a}) / ${b})`,
    isNumber: (t) => `REGEXP_LIKE(${t}, '${NUMBER}')`,
    toDouble: (t) => `CAST(${t} AS DOUBLE)`,
  },
  trino: {
    name: 'trino',
    text: 'VARCHAR',
    bigint: 'BIGINT',
    ident: quoted('"', '""'),
    literal: standardLiteral,
    epochMs: (e) => `date_diff('millisecond', TIMESTAMP '1970-01-01 00:00:00 UTC', ${e})`,
    intDiv: (a, b) => `(${a}) / ${b}`,
    isNumber: (t) => `regexp_like(${t}, '^${NUMBER}$')`,
    toDouble: (t) => `CAST(${t} AS DOUBLE)`,
  },
  spark: {
    name: 'spark',
    text: 'STRING',
    bigint: 'BIGINT',
    ident: quoted('`', '``'),
    literal: backslashLiteral,
    epochMs: (e) => `unix_millis(${e})`,
    // exact while a < 2^53 (Spark's / is a division of doubles; its DIV operator is not in the grammar the tests check with)
    intDiv: (a, b) => `CAST(((${a}) - pmod(${a}, ${b})) / ${b} AS BIGINT)`,
    isNumber: (t) => `(${t} RLIKE '^${NUMBER}$')`,
    toDouble: (t) => `CAST(${t} AS DOUBLE)`,
  },
};

/** A text cast in the dialect. */
export function toText(d: Dialect, expr: string): string {
  return `CAST(${expr} AS ${d.text})`;
}

/** A number from the agreement as a literal: plain digits as written, anything else (1e-7) through a cast. */
export function numberLiteral(d: Dialect, n: number): string {
  const text = String(n);
  return /^-?\d+(\.\d+)?$/.test(text) ? text : d.toDouble(d.literal(text));
}
