import * as fs from 'fs';
import * as path from 'path';
import { runSla, ROOT } from '../helpers/run-sla';
import { ENGINE_CASES } from './cases';

// The dialects no test can run here (BigQuery, Snowflake, Trino, Spark) are
// checked by node-sql-parser's grammar for each (Spark by its Hive grammar,
// the closest it has) and by golden files; PostgreSQL's grammar as well,
// beside the real server of postgres.test.ts. UPDATE_GOLDEN=1 rewrites the
// golden files.

type Grammar = 'bigquery' | 'snowflake' | 'trino' | 'hive' | 'postgresql';
const GRAMMAR: Record<string, Grammar> = { bigquery: 'bigquery', snowflake: 'snowflake', trino: 'trino', spark: 'hive', postgres: 'postgresql' };
const GOLDEN = path.join(ROOT, 'test/fixtures/export-sql');
const GOLDEN_CASES = ['managed-hosting', 'saas-platform', 'aws-ec2', 'slack'];

type Parser = { astify(sql: string, opt: { database: string }): unknown };
/* eslint-disable @typescript-eslint/no-require-imports */
const GRAMMARS: Record<Grammar, () => { Parser: new () => Parser }> = {
  bigquery: () => require('node-sql-parser/build/bigquery'),
  snowflake: () => require('node-sql-parser/build/snowflake'),
  trino: () => require('node-sql-parser/build/trino'),
  hive: () => require('node-sql-parser/build/hive'),
  postgresql: () => require('node-sql-parser/build/postgresql'),
};
/* eslint-enable @typescript-eslint/no-require-imports */

const parser = (grammar: Grammar): Parser => new (GRAMMARS[grammar]().Parser)();

describe.each(Object.keys(GRAMMAR))('sla export sql --dialect %s', (dialect) => {
  const grammar = GRAMMAR[dialect]!;
  const p = parser(grammar);

  it('the grammar refuses SQL that is not (the check can fail)', () => {
    expect(() => p.astify('SELECT a FROM t WHERE (', { database: grammar })).toThrow();
  });

  it.each(ENGINE_CASES)('$name: the query parses', ({ dir, file, flags }) => {
    const r = runSla(['export', 'sql', file, '--dialect', dialect, ...flags], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(() => p.astify(r.stdout, { database: grammar })).not.toThrow();
  });

  it.each(ENGINE_CASES.filter((c) => GOLDEN_CASES.includes(c.name)))('$name: the query is its golden file', ({ name, dir, file, flags }) => {
    const r = runSla(['export', 'sql', file, '--dialect', dialect, ...flags], { cwd: dir });
    const golden = path.join(GOLDEN, `${name}.${dialect}.sql`);
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, r.stdout);
    expect(r.stdout).toBe(fs.readFileSync(golden, 'utf8'));
  });
});
