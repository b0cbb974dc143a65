import { InputError } from '../../src/core/errors';
import { openDuckDb } from '../../src/io/duckdb';

// DuckDB's own messages may quote a cell of the user's file: each quoted piece is cut short, the whole escaped.
describe('openDuckDb', () => {
  it('runs a query and gives its rows', async () => {
    const db = await openDuckDb();
    try {
      expect(await db.query('SELECT 1 + 1 AS two')).toEqual([{ two: 2 }]);
    } finally {
      db.close();
    }
  });

  it('a failing query is an InputError whose quoted cell is cut at 40 characters and escaped', async () => {
    const db = await openDuckDb();
    try {
      const cell = `${'x'.repeat(45)}SECRET_TAIL\u001b[2J`;
      const e = await db.query(`SELECT CAST('${cell}' AS INTEGER)`).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(InputError);
      const message = (e as Error).message;
      expect(message).toMatch(/^DuckDB: /);
      expect(message).toContain(`${'x'.repeat(40)}…`);
      expect(message).not.toContain('SECRET_TAIL');
      expect(message).not.toMatch(/\u001b/);
    } finally {
      db.close();
    }
  });
});
