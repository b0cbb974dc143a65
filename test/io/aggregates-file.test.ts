import { parseAggregates } from '../../src/io/aggregates-file';

// The result of `sla export sql`'s query as engines and their clients save it.

describe('parseAggregates', () => {
  it('reads CSV with quoted cells, empty cells as null, and whole numbers', () => {
    const rows = parseAggregates('metric,part,resource,period,slot,row_count,good,value\r\nup,own,"i-1, east",2026-03,4,12,"11",\nup,plan,,,,,,"{""digest"":""x""}"\n', 'r.csv');
    expect(rows[0]).toMatchObject({ metric: 'up', part: 'own', resource: 'i-1, east', period: '2026-03', slot: 4, row_count: 12, good: '11', value: null, item: null });
    expect(rows[1]!.value).toBe('{"digest":"x"}');
  });

  it('reads JSON arrays and one object per line, with upper-case names (Snowflake) and BIGINTs as text (BigQuery)', () => {
    const array = parseAggregates('[{"METRIC":"up","PART":"own","ROW_COUNT":"7","START_MS":"1767225600000"}]', 'r.json');
    expect(array).toEqual([expect.objectContaining({ metric: 'up', part: 'own', row_count: 7, start_ms: 1767225600000 })]);
    const lines = parseAggregates('{"metric":"up","part":"own","bad":0}\n{"metric":"up","part":"plan","value":"{}"}\n', 'r.json');
    expect(lines.map((r) => [r.part, r.bad])).toEqual([['own', 0], ['plan', null]]);
  });

  it('refuses what is not a result of the query, naming the row', () => {
    expect(() => parseAggregates('metric,part,row_count\nup,own,1.5\n', 'r.csv')).toThrow('r.csv: row 1: row_count is not a whole number: "1.5"');
    expect(() => parseAggregates('a,b\n1,2\n', 'r.csv')).toThrow('r.csv: row 1 names no metric and part');
    expect(() => parseAggregates('metric,part\n"up,own\n', 'r.csv')).toThrow('r.csv: a quote is never closed');
    expect(() => parseAggregates('{"metric": "up"\n', 'r.json')).toThrow('r.json:1: not JSON');
  });
});
