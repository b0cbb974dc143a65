import type { SourcePlan } from '../../src/rows';
import { parseSelector, pathText, recordsOf, RecordError, transformFor, type JsonRecord, type MadeRow } from '../../src/sources';
import { columnPath, lookup } from '../../src/sources/records';

/** Runs a transform over records; rows as cells, problems as messages. */
function run(plan: Partial<SourcePlan> & Pick<SourcePlan, 'kind' | 'columns'>, values: unknown[]): { rows: string[][]; problems: string[] } {
  const problems: string[] = [];
  const full: SourcePlan = { name: 's', file: undefined, ...plan };
  const t = transformFor(full, (e: RecordError) => problems.push(`${pathText([...e.record.path, ...e.at])}: ${e.reason}`));
  const rows: string[][] = [];
  const emit = (r: MadeRow): void => void rows.push(r.cells);
  values.forEach((value, k) => t.push({ value, doc: 0, path: [k] }, emit));
  t.end(emit);
  return { rows, problems };
}

const ev = (type: string, time: string, extra: Record<string, unknown> = {}) => ({ ticket_id: 7, metric: 'reply_time', instance_id: 1, type, time, ...extra });

describe('Zendesk metric events', () => {
  const items = { kind: 'items' as const, format: 'zendesk-events' as const, columns: ['item', 'activated_at', 'fulfilled_at', 'breached_at', 'target', 'pauses'] };
  const pauses = { kind: 'intervals' as const, format: 'zendesk-events' as const, columns: ['item', 'start', 'end'] };

  it('makes an item from activate to fulfill, its target from the last apply_sla, its breach from the first that stands', () => {
    const events = [
      ev('activate', '2026-11-02T09:00:00Z'),
      ev('apply_sla', '2026-11-02T09:00:00Z', { sla: { target: 30, business_hours: false, policy: { id: 1, title: 'P' } } }),
      ev('breach', '2026-11-02T09:30:00Z', { deleted: true }),
      ev('apply_sla', '2026-11-02T09:31:00Z', { sla: { target: 60, business_hours: false, policy: { id: 1, title: 'P' } } }),
      ev('breach', '2026-11-02T10:00:00Z'),
      ev('update_status', '2026-11-02T10:05:00Z', { status: { calendar: 65, business: 65 } }),
      ev('fulfill', '2026-11-02T10:05:00Z'),
    ];
    expect(run(items, events)).toEqual({ rows: [['7:reply_time:1', '2026-11-02T09:00:00Z', '2026-11-02T10:05:00Z', '2026-11-02T10:00:00Z', '60', '0']], problems: [] });
  });

  it('pauses until the activate that resumes them; a reopened metric was paused while solved', () => {
    const events = [
      ev('activate', '2026-11-02T09:00:00Z'),
      ev('pause', '2026-11-02T10:00:00Z'),
      ev('activate', '2026-11-02T11:00:00Z'),
      ev('fulfill', '2026-11-02T12:00:00Z'),
      ev('activate', '2026-11-03T08:00:00Z'),
      ev('pause', '2026-11-03T09:00:00Z'),
      ev('fulfill', '2026-11-03T09:30:00Z'),
    ];
    expect(run(pauses, events).rows).toEqual([
      ['7:reply_time:1', '2026-11-02T10:00:00Z', '2026-11-02T11:00:00Z'],
      ['7:reply_time:1', '2026-11-02T12:00:00Z', '2026-11-03T08:00:00Z'],
      ['7:reply_time:1', '2026-11-03T09:00:00Z', '2026-11-03T09:30:00Z'],
    ]);
    expect(run(items, events).rows).toEqual([['7:reply_time:1', '2026-11-02T09:00:00Z', '2026-11-03T09:30:00Z', '', '', '3']]);
  });

  it('leaves a pause open at the end of the stream (it lasts until --as-of), and an unfulfilled item open', () => {
    const events = [ev('activate', '2026-11-02T09:00:00Z'), ev('pause', '2026-11-02T10:00:00Z')];
    expect(run(pauses, events).rows).toEqual([['7:reply_time:1', '2026-11-02T10:00:00Z', '']]);
    expect(run(items, events).rows).toEqual([['7:reply_time:1', '2026-11-02T09:00:00Z', '', '', '', '1']]);
  });

  it('refuses what the life of a metric does not allow, dropping that metric of that ticket only', () => {
    const other = (type: string, time: string) => ({ ...ev(type, time), ticket_id: 8 });
    const { rows, problems } = run(items, [
      ev('pause', '2026-11-02T08:00:00Z'),
      other('activate', '2026-11-02T09:00:00Z'),
      other('pause', '2026-11-02T09:10:00Z'),
      other('pause', '2026-11-02T09:20:00Z'),
      { ...ev('activate', '2026-11-02T09:00:00Z'), ticket_id: 9 },
      { ...ev('fulfill', '2026-11-02T08:59:00Z'), ticket_id: 9 },
      { ...ev('activate', '2026-11-02T09:00:00Z'), ticket_id: 10, metric: 'first_reply' },
      { ...ev('explode', '2026-11-02T09:00:00Z'), ticket_id: 10 },
      { ...ev('activate', 'yesterday'), ticket_id: 10 },
      { ...ev('activate', '2026-11-02T09:00:00Z'), ticket_id: 11 },
      { ...ev('fulfill', '2026-11-02T09:01:00Z'), ticket_id: 11 },
    ]);
    expect(rows.map((r) => r[0])).toEqual(['11:reply_time:1']);
    expect(problems).toEqual([
      '$[0].type: ticket 7 reply_time: a pause before the metric was activated (does the export start after its activate event?)',
      '$[3].type: ticket 8 reply_time: a pause without a resume: paused since 2026-11-02T09:10:00Z, paused again',
      '$[5].time: events out of order: ticket 9 reply_time has this fulfill at 2026-11-02T08:59:00Z after an event at 2026-11-02T09:00:00Z',
      `$[6].metric: unknown metric "first_reply" (Zendesk's: agent_work_time, group_ownership_time, pausable_update_time, periodic_update_time, reply_time, requester_wait_time, resolution_time)`,
      "$[7].type: unknown event type \"explode\" (Zendesk's: activate, pause, fulfill, apply_sla, apply_group_sla, breach, update_status, measure)",
      '$[8].time: not an ISO 8601 time: "yesterday"',
    ]);
  });
});

describe('Statuspage incidents', () => {
  const plan = { kind: 'intervals' as const, format: 'statuspage' as const, columns: ['component', 'status', 'start', 'end'] };
  const affected = (code: string, from: string, to: string) => ({ code, name: code.toUpperCase(), old_status: from, new_status: to });

  it('follows each component through the updates, newest listed first', () => {
    const incident = {
      id: 'i1', impact: 'major', resolved_at: '2026-11-05T16:00:00Z', started_at: '2026-11-05T14:00:00Z',
      incident_updates: [
        { display_at: '2026-11-05T16:00:00Z', affected_components: [] },
        { display_at: '2026-11-05T15:00:00Z', affected_components: [affected('api', 'major_outage', 'operational'), affected('web', 'degraded_performance', 'partial_outage')] },
        { created_at: '2026-11-05T14:30:00Z', affected_components: [affected('api', 'partial_outage', 'major_outage')] },
        { display_at: '2026-11-05T14:00:00Z', affected_components: [affected('api', 'operational', 'partial_outage'), affected('web', 'operational', 'degraded_performance')] },
      ],
      components: [{ id: 'api', name: 'API' }, { id: 'web', name: 'WEB' }, { id: 'db', name: 'Database' }],
    };
    expect(run(plan, [incident])).toEqual({
      rows: [
        ['API', 'partial_outage', '2026-11-05T14:00:00Z', '2026-11-05T14:30:00Z'],
        ['API', 'major_outage', '2026-11-05T14:30:00Z', '2026-11-05T15:00:00Z'],
        ['WEB', 'degraded_performance', '2026-11-05T14:00:00Z', '2026-11-05T15:00:00Z'],
        ['WEB', 'partial_outage', '2026-11-05T15:00:00Z', '2026-11-05T16:00:00Z'],
        // listed, never updated: down for the incident's length, status unknown
        ['Database', '', '2026-11-05T14:00:00Z', '2026-11-05T16:00:00Z'],
      ],
      problems: [],
    });
  });

  it('leaves an unresolved incident open, and names no component when none is listed', () => {
    expect(run(plan, [{ id: 'i2', created_at: '2026-11-30T23:00:00Z', resolved_at: null, incident_updates: [], components: [] }]).rows).toEqual([['', '', '2026-11-30T23:00:00Z', '']]);
  });
});

describe('Prometheus series', () => {
  const plan = { kind: 'counts' as const, format: 'prometheus' as const, columns: ['time', 'http_requests_total{code!~"5.."}', 'http_requests_total'] };
  const series = (code: string, values: [number, string][]) => ({ metric: { __name__: 'http_requests_total', code }, values });

  it('sums increases per step, a drop read as a reset, chunks joined at their shared edge', () => {
    const { rows, problems } = run(plan, [
      series('200', [[0, '10'], [60, '25'], [120, '5']]),
      series('500', [[0, '1'], [60, '3']]),
      series('500', [[60, '3'], [120, '3.5']]),
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      ['0', '15', '17'],
      ['60000', '5', '5.5'],
    ]);
  });

  it('is exact beyond doubles', () => {
    const { rows } = run(plan, [series('200', [[0, '9007199254740993'], [60, '9007199254740995.1']])]);
    expect(rows).toEqual([['0', '2.1', '2.1']]);
  });

  it('refuses an error answer, a vector, a bad value and two different values at one instant', () => {
    const { problems } = run(plan, [
      { status: 'error', errorType: 'bad_data', error: 'parse error' },
      { status: 'success', data: { resultType: 'vector', result: [] } },
      series('200', [[0, '+Inf']]),
      series('500', [[0, '1'], [0, '2']]),
    ]);
    expect(problems).toEqual([
      '$[0].status: Prometheus answered with an error (bad_data): parse error',
      '$[1].data.resultType: not the matrix of a range query (query_range, or promtool query range)',
      '$[2].values[0][1]: not a counter value: "+Inf"',
      '$[3].values[1]: two samples of http_requests_total{code="500"} at the same time with different values (1 and 2)',
    ]);
  });

  it('parses series selectors as PromQL does', () => {
    const s = parseSelector('http_requests_total{code=~"2..|3..", job!="batch", path!~\'/health.*\'}');
    expect(s.name).toBe('http_requests_total');
    expect(s.matches({ __name__: 'http_requests_total', code: '200', job: 'web', path: '/api' })).toBe(true);
    expect(s.matches({ __name__: 'http_requests_total', code: '2000', job: 'web', path: '/api' })).toBe(false);
    expect(s.matches({ __name__: 'http_requests_total', code: '301', job: 'batch' })).toBe(false);
    expect(s.matches({ __name__: 'http_requests_total', code: '301', path: '/healthz' })).toBe(false);
    expect(s.matches({ __name__: 'other', code: '200' })).toBe(false);
    expect(parseSelector('{__name__=~"a|b"}').matches({ __name__: 'b' })).toBe(true);
    expect(() => parseSelector('rate(x[5m])')).toThrow(/not a series selector/);
    expect(() => parseSelector('x{code=200}')).toThrow(/label matchers/);
    expect(() => parseSelector('x{code=~"("}')).toThrow(/not a regular expression/);
  });
});

describe('JSON records and column paths', () => {
  it('finds records in an array, at a path, or takes the document itself', () => {
    const paths = (records: JsonRecord[] | null) => records?.map((r) => pathText(r.path));
    expect(paths(recordsOf([{}, {}], 3, ['incidents'], false))).toEqual(['$[0]', '$[1]']);
    expect(paths(recordsOf({ incidents: [{}] }, 0, ['records', 'incidents'], false))).toEqual(['$.incidents[0]']);
    expect(paths(recordsOf({ data: { result: [{}] } }, 0, ['data.result'], false))).toEqual(['$.data.result[0]']);
    expect(paths(recordsOf({ id: 1 }, 0, ['incidents'], false))).toEqual(['$']);
    expect(recordsOf({ id: 1 }, 0, ['items'], true)).toBeNull();
  });

  it('reads a.b.c, indexes and keys with dots; a key of a list of objects is a list', () => {
    const r = { 'a.b': 1, a: { b: 2, c: [{ d: 'x' }, { d: 'y' }] }, teams: [{ summary: 'Payments' }, { summary: 'Web' }] };
    expect(lookup(r, 'a.b').value).toBe(1);
    expect(lookup(r, 'a.c[1].d').value).toBe('y');
    expect(lookup(r, 'a.c.0.d').value).toBe('x');
    expect(lookup(r, 'teams.summary').value).toEqual(['Payments', 'Web']);
    expect(lookup(r, 'a.zz.q')).toEqual({ value: undefined, path: ['a', 'zz'] });
    expect(columnPath('service.summary')).toEqual(['service', 'summary']);
    expect(pathText(['incidents', 3, 'odd key'])).toBe('$.incidents[3]["odd key"]');
  });
});
