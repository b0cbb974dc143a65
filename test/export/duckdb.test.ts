import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { duckdbWarehouse, saveResult } from '../helpers/duckdb';
import { runSla } from '../helpers/run-sla';
import { agreementAlone, ENGINE_CASES } from './cases';

// `sla export sql --dialect duckdb`, run for real in DuckDB over the data of
// every reference agreement and example loaded as a warehouse holds it: the
// result fed to `sla evaluate --aggregates` gives the same evaluation, entry
// for entry, as `sla evaluate` on the CSV files.

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-duckdb-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe.each(ENGINE_CASES)('DuckDB: $name', ({ name, dir, file, flags }) => {
  it('the aggregates give the evaluation of the rows, entry for entry', async () => {
    const work = fs.mkdtempSync(path.join(tmp, `${name}-`));
    const con = await duckdbWarehouse(path.join(dir, file), work);
    const exp = runSla(['export', 'sql', file, '--dialect', 'duckdb', ...flags], { cwd: dir });
    expect([exp.code, exp.stderr]).toEqual([0, '']);
    const result = await saveResult(con, exp.stdout, path.join(work, 'result.csv'));
    con.closeSync();

    const rows = runSla(['evaluate', file, ...flags, '--format', 'json'], { cwd: dir });
    // beside a copy of the agreement, only the charges it reads: the rows of the metrics come from the aggregates,
    // and the range and --as-of too
    const alone = agreementAlone(dir, file, work);
    const fed = runSla(['evaluate', file, '--aggregates', result, '--format', 'json'], { cwd: alone });
    expect(fed.stderr).toBe('');
    expect(fed.code).toBe(rows.code);
    expect(JSON.parse(fed.stdout)).toEqual(JSON.parse(rows.stdout));
  });
});
