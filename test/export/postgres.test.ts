import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Postgres } from '../helpers/postgres';
import { runSla } from '../helpers/run-sla';
import { createTable, warehouseTables } from '../helpers/warehouse';
import { agreementAlone, ENGINE_CASES } from './cases';

// `sla export sql --dialect postgres`, run for real in PostgreSQL 15 (a
// cluster started here on a Unix socket, data loaded with COPY) over every
// reference agreement and example: the result fed to `sla evaluate
// --aggregates` gives the same evaluation as the CSV files.

let pg: Postgres;
let tmp: string;
beforeAll(() => {
  pg = new Postgres();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-postgres-'));
}, 60_000);
afterAll(() => {
  pg?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe.each(ENGINE_CASES)('PostgreSQL: $name', ({ name, dir, file, flags }) => {
  it('the aggregates give the evaluation of the rows, entry for entry', () => {
    const work = fs.mkdtempSync(path.join(tmp, `${name}-`));
    const schema = name.replace(/-/g, '_');
    pg.psql('-c', `CREATE SCHEMA ${schema}`);
    for (const t of warehouseTables(path.join(dir, file))) {
      const csv = path.join(work, `${t.source}.csv`);
      fs.writeFileSync(csv, t.csv);
      pg.psql('-c', `SET search_path TO ${schema}; ${createTable(t, 'postgres')}`);
      pg.psql('-c', `SET search_path TO ${schema}`, '-c', `\\copy "${t.source}" FROM '${csv}' WITH (FORMAT csv, HEADER true)`);
    }
    const exp = runSla(['export', 'sql', file, '--dialect', 'postgres', ...flags], { cwd: dir });
    expect([exp.code, exp.stderr]).toEqual([0, '']);
    const query = path.join(work, 'query.sql');
    fs.writeFileSync(query, `SET search_path TO ${schema};\n${exp.stdout}`);
    const result = path.join(work, 'result.csv');
    fs.writeFileSync(result, pg.psql('--csv', '-f', query));

    const rows = runSla(['evaluate', file, ...flags, '--format', 'json'], { cwd: dir });
    const fed = runSla(['evaluate', file, '--aggregates', result, '--format', 'json'], { cwd: agreementAlone(dir, file, work) });
    expect(fed.stderr).toBe('');
    expect(fed.code).toBe(rows.code);
    expect(JSON.parse(fed.stdout)).toEqual(JSON.parse(rows.stdout));
  });
});
