import { csv } from '../../../src/formatters/evaluate/csv';
import { CsvReader } from '../../../src/io/csv';
import { options, referenceEvaluation, withEdgeCases } from './fixture';

function reread(text: string, columns: string[]): string[][] {
  const rows: string[][] = [];
  const reader = new CsvReader('out.csv', columns, (cells) => rows.push(cells));
  reader.write(Buffer.from(text));
  reader.end();
  return rows;
}

describe('csv format', () => {
  it('writes a row per metric and period that the reader reads back exactly', () => {
    const evaluation = withEdgeCases(referenceEvaluation('managed-hosting'));
    const text = csv(evaluation, options('managed-hosting'));
    const rows = reread(text, ['metric', 'period', 'value', 'status', 'credit', 'earn_back', 'partial', 'target']);
    expect(rows).toHaveLength(evaluation.results.length);
    rows.forEach((row, i) => {
      const r = evaluation.results[i];
      expect(row[0]).toBe(r.metric);
      expect(row[1]).toBe(r.period);
      expect(row[2] === '' ? null : Number(row[2])).toBe(r.value);
      expect(row[3]).toBe(r.status);
      expect(Number(row[4])).toBe(r.credit);
      expect(row[5] === '' ? null : row[5]).toBe(r.earnBack);
      expect(row[6]).toBe(String(r.partial));
      expect(row[7]).toBe(r.target);
    });
  });

  it('quotes cells with commas and quotes (RFC 4180)', () => {
    const text = csv(withEdgeCases(referenceEvaluation('managed-hosting')), options('managed-hosting'));
    expect(text).toContain('"odd, ""quoted"" <name>"');
    expect(text.split('\r\n')[0]).toBe('metric,period,start,end,partial,value,unit,target,status,credit,earn_back,resource,credit_amount');
  });
});
