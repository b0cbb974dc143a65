import fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import { planEvaluation } from '../../src/evaluate';
import { RowError } from '../../src/rows';
import { streamDataFile, type DataFile } from '../../src/io/data-files';
import { agreementWith, splitCsv } from '../evaluate/helpers';

const scratch = path.join(__dirname, '../../tmp/evalio-tests/cells-path');
const stdin = Readable.from([]);

/** Several kinds and filters over one messy events file: each reads cells its own way. */
const agreement = agreementWith({
  data: { e: { kind: 'events', file: 'e.csv', timezone: 'Europe/Berlin', dst: 'later', columns: { time: 'time', service: 'svc' } } },
  metrics: [
    { id: 'r', kind: 'ratio', service: 'svc', data: 'e', where: { route: '/checkout' }, good: { ms: { lte: 800 }, code: { lt: 500 } }, period: 'month', target: '>= 50%' },
    { id: 'p', kind: 'percentile', service: 'svc', data: 'e', value: 'ms', unit: 'ms', percentile: 90, period: 'month', target: '<= 600ms' },
    { id: 's', kind: 'aggregate', aggregate: 'sum', data: 'e', value: 'ms', where: { code: { in: [200, '201', 'ök'] } }, period: 'month', target: '>= 0' },
    { id: 'm', kind: 'aggregate', aggregate: 'min', data: 'e', value: 'ms', where: { route: { ne: '/' } }, period: 'month', target: '>= 0' },
  ],
});

const options = { file: 'a.sla.yaml', asOf: Date.parse('2027-01-01T00:00:00Z') };

const cell = (...xs: string[]) => fc.constantFrom(...xs);
const row = fc.record({
  time: fc.oneof(
    fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 19) + 'Z'),
    cell('2026-03-29T02:30:00', '2026-10-25T02:30:00', ' 2026-05-01T10:00:00+02:00 ', '2026-06-01', '2026-07-01T10:00:00.250Z', ''),
  ),
  svc: cell('svc', 'svc', 'other', 'svç', '"svc"'),
  route: cell('/checkout', '/', '/api/cart', '"/checkout"', '"/check""out"'),
  code: cell('200', '201', '500', '404', '200.0', 'ök', '2e2'),
  ms: cell('12', '800', '800.5', '1e3', '0.1', '-0', '0', '123456789012345678', '7'),
});

describe('rows read as cells of bytes evaluate as rows given as strings', () => {
  beforeAll(() => fs.mkdirSync(scratch, { recursive: true }));

  it('for any rows: quoted cells, non-ASCII, blanks, local times, long numbers, CRLF', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 100, maxLength: 400 }), fc.boolean(), async (rows, crlf) => {
        const header = 'time,svc,route,code,ms';
        const lines = [header, ...rows.map((r) => [r.time, r.svc, r.route, r.code, r.ms].join(','))];
        const text = lines.join(crlf ? '\r\n' : '\n') + '\n';
        const file = path.join(scratch, 'e.csv');
        fs.writeFileSync(file, text);
        // the reader's way: bytes, the structural index, CsvCells
        const viaCells = planEvaluation(agreement, options);
        const data: DataFile = { path: file, display: 'e.csv', sources: viaCells.sources };
        const skipped = await streamDataFile(data, viaCells, { skipInvalid: true, stdin });
        // the strings' way: split (and unquoted) by the test helper, fed through row()
        const viaText = planEvaluation(agreement, options);
        const sink = viaText.sink('e');
        const columns = viaText.sources[0]!.columns;
        const [names, ...body] = splitCsv(text);
        let bad = 0;
        for (const cells of body) {
          try {
            sink.row(columns.map((c) => cells[names!.indexOf(c)]!));
          } catch (e) {
            if (!(e instanceof RowError)) throw e;
            bad++;
          }
        }
        expect(skipped?.count ?? 0).toBe(bad);
        expect(viaCells.finish()).toEqual(viaText.finish());
      }),
      { numRuns: 60 },
    );
  });
});
