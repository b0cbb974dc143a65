import { clipInput, escapeControls } from '../core/control-chars';
import { InputError, UsageError } from '../core/errors';

/** The part of @duckdb/node-api that `sla` uses. */
interface DuckDb {
  DuckDBInstance: { create(path: string, options?: Record<string, string>): Promise<{ connect(): Promise<Connection> }> };
}
interface Connection {
  runAndReadAll(sql: string): Promise<{ getRowObjectsJson(): Record<string, unknown>[] }>;
  closeSync(): void;
}

/**
 * DuckDB, from the optional dependency @duckdb/node-api (its native library
 * ships inside the npm package): loaded only by the commands that need it
 * (Parquet data sources), never at start-up.
 */
function load(): DuckDb {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@duckdb/node-api') as DuckDb;
  } catch {
    throw new UsageError('Parquet data sources are read through DuckDB, the optional dependency @duckdb/node-api, which is not installed: npm install @duckdb/node-api');
  }
}

/** An in-memory DuckDB that runs queries and returns their rows as JSON values (BIGINT and DECIMAL as text). */
export async function openDuckDb(): Promise<{ query(sql: string): Promise<Record<string, unknown>[]>; close(): void }> {
  const { DuckDBInstance } = load();
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  return {
    async query(sql) {
      try {
        return (await con.runAndReadAll(sql)).getRowObjectsJson();
      } catch (e) {
        // DuckDB's message may quote a cell: each quoted piece cut to ECHO_MAX characters, the whole escaped and cut short
        const quoted = String((e as Error).message ?? e).replace(/(["'])([^"']{0,2000})\1/g, (_m, q: string, inner: string) => `${q}${clipInput(inner)}${q}`);
        const text = escapeControls(quoted).slice(0, 400);
        throw new InputError(`DuckDB: ${text}`);
      }
    },
    close: () => con.closeSync(),
  };
}
