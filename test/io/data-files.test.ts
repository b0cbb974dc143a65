import * as fs from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import type { EvaluationPlan } from '../../src/evaluate';
import type { SourcePlan } from '../../src/rows';
import { RowError } from '../../src/rows';
import { locateDataFiles, readDataFile, type DataFile } from '../../src/io/data-files';

const scratch = path.join(__dirname, '../../tmp/evalio-tests/data-files');

/** A plan whose sinks record what they are fed; `reject` makes a sink refuse a cell. */
function recordingPlan(reject: (source: string, fields: string[]) => RowError | null = () => null) {
  const fed: Record<string, string[][]> = {};
  const plan: EvaluationPlan = {
    sources: [],
    sink: (source) => ({
      row(fields) {
        const e = reject(source, fields);
        if (e) throw e;
        (fed[source] ??= []).push(fields);
      },
      cells(cells) {
        this.row(Array.from(cells.starts, (_, k) => cells.text(k)));
      },
    }),
    finish: () => {
      throw new Error('not used');
    },
    exportState: () => null,
    importState: () => {},
  };
  return { plan, fed };
}

const leads: SourcePlan = { name: 'leads', kind: 'events', file: 'data/leads.csv', columns: ['qualified_at', 'qualified'] };
const handovers: SourcePlan = { name: 'handovers', kind: 'items', file: 'data/leads.csv', columns: ['lead_id', 'qualified', 'contacted_at'] };
const sync: SourcePlan = { name: 'sync', kind: 'counts', file: 'data/sync-counts.csv', columns: ['bucket_start', 'ok', 'attempts'] };

describe('locateDataFiles', () => {
  const base = { agreementDir: '/agreements', cwd: '/agreements/..', declared: ['leads', 'handovers', 'sync'] };

  it('groups sources that share a file, so each file is read once', () => {
    const files = locateDataFiles([leads, sync, handovers], { ...base, overrides: {} });
    expect(files.map((f) => [f.path, f.display, f.sources.map((s) => s.name)])).toEqual([
      ['/agreements/data/leads.csv', 'agreements/data/leads.csv', ['leads', 'handovers']],
      ['/agreements/data/sync-counts.csv', 'agreements/data/sync-counts.csv', ['sync']],
    ]);
  });

  it('takes --data paths relative to the working directory, and - for stdin', () => {
    const files = locateDataFiles([leads, sync], { ...base, overrides: { leads: 'export/l.csv.gz', sync: '-' } });
    expect(files.map((f) => [f.path, f.display])).toEqual([
      ['/export/l.csv.gz', 'export/l.csv.gz'],
      ['-', '<stdin>'],
    ]);
  });

  it('refuses unknown names and sources without a file', () => {
    expect(() => locateDataFiles([leads], { ...base, overrides: { syncs: 'x.csv' } })).toThrow("(did you mean 'sync'?)");
    expect(() => locateDataFiles([leads], { ...base, overrides: { zzzzzz: 'x.csv' } })).toThrow('(data sources: leads, handovers, sync)');
    expect(() => locateDataFiles([{ ...sync, file: undefined }], { ...base, overrides: {} })).toThrow(
      "data source 'sync' names no file: pass --data sync=FILE",
    );
  });
});

describe('readDataFile', () => {
  beforeAll(() => fs.mkdirSync(scratch, { recursive: true }));
  const stdin = Readable.from([]);

  function file(name: string, text: string, sources: SourcePlan[]): DataFile {
    const p = path.join(scratch, name);
    fs.writeFileSync(p, text);
    return { path: p, display: name, sources };
  }

  it('feeds each row to every source with its own column order', async () => {
    const f = file('leads.csv', 'lead_id,qualified,qualified_at,contacted_at\nL-1,yes,2026-01-01T09:00:00,\nL-2,no,,\n', [leads, handovers]);
    const { plan, fed } = recordingPlan();
    expect(await readDataFile(f, plan, { skipInvalid: false, stdin })).toBeNull();
    expect(fed.leads).toEqual([
      ['2026-01-01T09:00:00', 'yes'],
      ['', 'no'],
    ]);
    expect(fed.handovers).toEqual([
      ['L-1', 'yes', ''],
      ['L-2', 'no', ''],
    ]);
  });

  it('turns a RowError into FILE:LINE:COLUMN of the cell', async () => {
    const f = file('sync.csv', 'bucket_start,ok,attempts\n2026-01-01T00:00:00Z,5,5\n2026-01-01T01:00:00Z,x,5\n', [sync]);
    const { plan } = recordingPlan((_, fields) => (fields[1] === 'x' ? new RowError(1, 'not a number: "x"') : null));
    await expect(readDataFile(f, plan, { skipInvalid: false, stdin })).rejects.toThrow('sync.csv:3:22: not a number: "x"');
  });

  it('with skipInvalid counts bad rows once per file and keeps a few examples', async () => {
    const rows = ['bucket_start,ok,attempts'];
    for (let i = 0; i < 8; i++) rows.push(`2026-01-01T0${i}:00:00Z,x,5`);
    rows.push('2026-01-02T00:00:00Z,1,1');
    const f = file('many.csv', rows.join('\n'), [sync, { ...sync, name: 'sync2' }]);
    const { plan, fed } = recordingPlan((_, fields) => (fields[1] === 'x' ? new RowError(1, 'bad') : null));
    const skipped = await readDataFile(f, plan, { skipInvalid: true, stdin });
    expect(skipped?.count).toBe(8);
    expect(skipped?.examples).toEqual([2, 3, 4, 5, 6].map((line) => `many.csv:${line}:22: bad`));
    expect(fed.sync).toEqual([['2026-01-02T00:00:00Z', '1', '1']]);
    expect(fed.sync2).toEqual(fed.sync);
  });

  it('names a file that cannot be read', async () => {
    const { plan } = recordingPlan();
    const missing: DataFile = { path: path.join(scratch, 'nope.csv'), display: 'nope.csv', sources: [sync] };
    await expect(readDataFile(missing, plan, { skipInvalid: false, stdin })).rejects.toThrow('cannot read nope.csv: no such file or directory');
    const notGz = file('fake.csv.gz', 'not gzip at all', [sync]);
    await expect(readDataFile(notGz, plan, { skipInvalid: false, stdin })).rejects.toThrow(/^fake\.csv\.gz: not a valid gzip file/);
  });
});
