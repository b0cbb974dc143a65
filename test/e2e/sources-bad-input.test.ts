import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { ROOT, runSla, type Run } from '../helpers/run-sla';

// Every new source keeps the promise of bad data: FILE:LINE:COLUMN (and for
// JSON the path of the value) and the reason, exit 2, no stack; with
// --skip-invalid the bad rows, records or items are counted and reported.

/** A copy of examples/sources/NAME in a temporary folder, with `edit` applied to one of its files. */
function copyExample(name: string, file: string, edit: (text: string) => string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sla-bad-${name}-`));
  fs.cpSync(path.join(ROOT, 'examples/sources', name), dir, { recursive: true });
  const target = path.join(dir, file);
  fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
  return dir;
}

function evaluate(dir: string, name: string, flags: string[] = []): Run {
  return runSla(['evaluate', `${name}.sla.yaml`, '--as-of', '2026-12-01T00:00:00Z', '--from', '2026-10', '--to', '2026-11', '--format', 'json', ...flags], { cwd: dir });
}

/** 1-based line and column of the first `needle` in a file (where a message must point). */
function at(dir: string, file: string, needle: string): string {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`no ${needle} in ${file}`);
  const before = text.slice(0, i).split('\n');
  return `${file}:${before.length}:${[...before[before.length - 1]!].length + 1}`;
}

/** The place of the first Zendesk event that `match` picks in its page of the export: `$.ticket_metric_events[k]`. */
function eventPath(dir: string, match: (e: Record<string, unknown>) => boolean): string {
  const pages = fs.readFileSync(path.join(dir, 'data/ticket_metric_events.json'), 'utf8').split(/\n(?=\{)/);
  for (const page of pages) {
    const k = (JSON.parse(page) as { ticket_metric_events: Record<string, unknown>[] }).ticket_metric_events.findIndex(match);
    if (k >= 0) return `$.ticket_metric_events[${k}]`;
  }
  throw new Error('no such event');
}

describe('bad data in the new sources', () => {
  it('Jira: a date that does not exist, at its cell; --skip-invalid counts the row', () => {
    const dir = copyExample('jira', 'data/jira-export.csv', (t) => t.replace('21/Oct/26 2:00 PM', '31/Feb/26 2:00 PM'));
    const where = at(dir, 'data/jira-export.csv', '31/Feb/26');
    const r = evaluate(dir, 'jira');
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `sla: ${where}: not a date and time that exists: "31/Feb/26 2:00 PM"\n`]);
    const skipped = evaluate(dir, 'jira', ['--skip-invalid']);
    expect(skipped.code).toBe(1);
    expect(skipped.stderr).toBe(`sla: skipped 1 invalid row in data/jira-export.csv\n  ${where}: not a date and time that exists: "31/Feb/26 2:00 PM"\n`);
  });

  it('Jira: a timestamp pattern sla cannot read stops the run before any row', () => {
    const dir = copyExample('jira', 'jira.sla.yaml', (t) => t.replace('    timezone: Europe/London\n', "    timezone: Europe/London\n    timestamps: dd/MMM/yyTHH:mm\n"));
    const r = evaluate(dir, 'jira');
    expect(r.code).toBe(2);
    // lint (data-source-format) says so at the key, before evaluate reads anything
    expect(r.stderr).toMatch(/^sla: jira\.sla\.yaml has 1 lint error; fix it first .*\n {2}jira\.sla\.yaml:\d+:\d+: data source 'requests': timestamps 'dd\/MMM\/yyTHH:mm': 'T' is not a token sla reads .*such as 'T' \(data-source-format\)\n$/);
  });

  it('PagerDuty JSON: a bad time names its line, column and JSON path', () => {
    const dir = copyExample('pagerduty', 'data/incidents.json', (t) => t.replace('"created_at": "2026-11-03T10:00:00Z"', '"created_at": "Nov 3, 2026 10:00"'));
    const where = at(dir, 'data/incidents.json', '"Nov 3, 2026 10:00"');
    const r = evaluate(dir, 'pagerduty');
    expect([r.code, r.stderr]).toEqual([2, `sla: ${where}: $.incidents[0].created_at: not an ISO 8601 time: "Nov 3, 2026 10:00"\n`]);
    const skipped = evaluate(dir, 'pagerduty', ['--skip-invalid']);
    expect([skipped.code, skipped.stderr]).toEqual([1, `sla: skipped 1 invalid row in data/incidents.json\n  ${where}: $.incidents[0].created_at: not an ISO 8601 time: "Nov 3, 2026 10:00"\n`]);
  });

  it('PagerDuty JSON: a syntax error is shown where it is', () => {
    const dir = copyExample('pagerduty', 'data/incidents.json', (t) => t.replace('"title": "Checkout API slow p99",', '"title": "Checkout API slow p99"'));
    const broken = fs.readFileSync(path.join(dir, 'data/incidents.json'), 'utf8');
    expect(broken).not.toEqual(fs.readFileSync(path.join(ROOT, 'examples/sources/pagerduty/data/incidents.json'), 'utf8'));
    const r = evaluate(dir, 'pagerduty');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sla: data\/incidents\.json:\d+:\d+: not valid JSON: expected ',' or '}' after a value, found '"'\n$/);
    const [, line, column] = /:(\d+):(\d+):/.exec(r.stderr)!;
    const text = broken.split('\n')[Number(line) - 1]!;
    expect(text.slice(Number(column) - 1).startsWith('"')).toBe(true);
    expect(broken.split('\n')[Number(line) - 2]).toContain('"title": "Checkout API slow p99"');
  });

  it('PagerDuty JSON: a column that no record has', () => {
    const dir = copyExample('pagerduty', 'pagerduty.sla.yaml', (t) => t.replace('end: resolved_at', 'end: resolved_on'));
    const r = evaluate(dir, 'pagerduty');
    expect([r.code, r.stderr.split(' (the first record has')[0]]).toEqual([2, "sla: data source 'incidents': no record has 'resolved_on'"]);
  });

  it('PagerDuty JSON: an object where a value belongs', () => {
    const dir = copyExample('pagerduty', 'pagerduty.sla.yaml', (t) => t.replace('service.summary: Checkout API', 'service: Checkout API'));
    const where = at(dir, 'data/incidents.json', '{\n        "id": "PIJ90N7"');
    const r = evaluate(dir, 'pagerduty');
    expect([r.code, r.stderr]).toEqual([2, `sla: ${where}: $.incidents[0].service: 'service' is an object, not a value: name a value inside it, such as 'service.id'\n`]);
  });

  it('Zendesk: events out of order', () => {
    const dir = copyExample('zendesk', 'data/ticket_metric_events.json', (t) => t.replace('"type": "fulfill",\n      "time": "2026-11-02T09:40:00Z"', '"type": "fulfill",\n      "time": "2026-11-02T08:40:00Z"'));
    const where = at(dir, 'data/ticket_metric_events.json', '"2026-11-02T08:40:00Z"');
    const event = eventPath(dir, (e) => e.time === '2026-11-02T08:40:00Z');
    const r = evaluate(dir, 'zendesk');
    expect([r.code, r.stderr]).toEqual([
      2,
      `sla: ${where}: ${event}.time: events out of order: ticket 101 reply_time has this fulfill at 2026-11-02T08:40:00Z after an event at 2026-11-02T09:00:00Z\n`,
    ]);
  });

  it('Zendesk: a pause without a resume; --skip-invalid drops that ticket metric only', () => {
    // T103's resume at 09:00 on 5 November becomes a second pause
    const dir = copyExample('zendesk', 'data/ticket_metric_events.json', (t) =>
      t.replace('"ticket_id": 103,\n      "metric": "requester_wait_time",\n      "instance_id": 1,\n      "type": "activate",\n      "time": "2026-11-05T09:00:00Z"', '"ticket_id": 103,\n      "metric": "requester_wait_time",\n      "instance_id": 1,\n      "type": "pause",\n      "time": "2026-11-05T09:00:00Z"'),
    );
    const where = at(dir, 'data/ticket_metric_events.json', '"pause",\n      "time": "2026-11-05T09:00:00Z"');
    const event = eventPath(dir, (e) => e.type === 'pause' && e.time === '2026-11-05T09:00:00Z');
    const message = `${where}: ${event}.type: ticket 103 requester_wait_time: a pause without a resume: paused since 2026-11-04T11:00:00Z, paused again`;
    const r = evaluate(dir, 'zendesk');
    expect([r.code, r.stderr]).toEqual([2, `sla: ${message}\n`]);
    const skipped = evaluate(dir, 'zendesk', ['--skip-invalid']);
    expect(skipped.stderr).toBe(`sla: skipped 1 invalid row in data/ticket_metric_events.json\n  ${message}\n`);
    const results = (JSON.parse(skipped.stdout) as { results: { metric: string; period: string; within: number; counted: number }[] }).results;
    // requester-wait loses T103 (2 of 3 counted before), first-reply keeps all five
    expect(results.filter((x) => x.period === '2026-11').map((x) => [x.metric, x.within, x.counted])).toEqual([
      ['first-reply', 3, 5],
      ['requester-wait', 1, 2],
    ]);
  });

  it('Zendesk: an unknown metric name', () => {
    const dir = copyExample('zendesk', 'data/ticket_metric_events.json', (t) => t.replace('"metric": "agent_work_time"', '"metric": "agent_wrok_time"'));
    const where = at(dir, 'data/ticket_metric_events.json', '"agent_wrok_time"');
    const event = eventPath(dir, (e) => e.metric === 'agent_wrok_time');
    const r = evaluate(dir, 'zendesk');
    expect([r.code, r.stderr]).toEqual([
      2,
      `sla: ${where}: ${event}.metric: unknown metric "agent_wrok_time" (Zendesk's: agent_work_time, group_ownership_time, pausable_update_time, periodic_update_time, reply_time, requester_wait_time, resolution_time)\n`,
    ]);
  });

  it('Zendesk: a column the items do not have', () => {
    const dir = copyExample('zendesk', 'zendesk.sla.yaml', (t) => t.replace('to: fulfilled_at', 'to: solved_at'));
    const r = evaluate(dir, 'zendesk');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "sla: data source 'ticket-metrics' (zendesk-events, items) has no column 'solved_at' (its columns: item, ticket_id, metric, instance_id, activated_at, fulfilled_at, breached_at, breached, policy, policy_id, target, target_in_seconds, business_hours, pauses)\n",
    );
  });

  it('Statuspage: a bad update time', () => {
    const dir = copyExample('statuspage', 'data/incidents.json', (t) => t.replace('"display_at": "2026-11-10T02:10:00.000-08:00"', '"display_at": "10 Nov 2026 02:10 PST"'));
    const where = at(dir, 'data/incidents.json', '"10 Nov 2026 02:10 PST"');
    const r = evaluate(dir, 'statuspage');
    expect([r.code, r.stderr]).toEqual([2, `sla: ${where}: $.incidents[2].incident_updates[0].display_at: not an ISO 8601 time: "10 Nov 2026 02:10 PST"\n`]);
  });

  it('Prometheus file: a metric the file has no series of, and a value that is no counter', () => {
    const unknown = copyExample('prometheus', 'prometheus.sla.yaml', (t) => t.replace('good: http_requests_total{', 'good: http_requests_ok_total{'));
    const r = evaluate(unknown, 'prometheus');
    expect([r.code, r.stderr]).toEqual([2, "sla: data source 'requests': unknown metric name 'http_requests_ok_total' (series in the data: http_requests_total)\n"]);
    const nan = copyExample('prometheus', 'data/http_requests_total.json', (t) => t.replace('"3000"]', '"NaN"]'));
    const where = at(nan, 'data/http_requests_total.json', '"NaN"');
    const bad = evaluate(nan, 'prometheus');
    expect([bad.code, bad.stderr]).toEqual([2, `sla: ${where}: $[0].values[3][1]: not a counter value: "NaN"\n`]);
  });

  it('JSON lines: a broken line is skipped and counted with --skip-invalid, at its line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-bad-jsonl-'));
    fs.cpSync(path.join(ROOT, 'examples/sources/jsonl'), dir, { recursive: true });
    const file = path.join(dir, 'data/requests.jsonl.gz');
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    lines[2] = lines[2]!.replace('"latency_ms": 95.25', '"latency_ms": 95,25');
    fs.writeFileSync(file, zlib.gzipSync(lines.join('\n')));
    const column = lines[2]!.indexOf(',25') + 2;
    const r = evaluate(dir, 'jsonl');
    expect([r.code, r.stderr]).toEqual([2, `sla: data/requests.jsonl.gz:3:${column}: not valid JSON: expected a key in double quotes, found '2'\n`]);
    const skipped = evaluate(dir, 'jsonl', ['--skip-invalid']);
    expect(skipped.stderr).toBe(`sla: skipped 1 invalid row in data/requests.jsonl.gz\n  data/requests.jsonl.gz:3:${column}: not valid JSON: expected a key in double quotes, found '2'\n`);
    const november = (JSON.parse(skipped.stdout) as { results: { period: string; good: number; total: number }[] }).results.filter((x) => x.period === '2026-11');
    expect(november[0]).toMatchObject({ good: 12, total: 14 });
    // a line cut short (its closing brace lost) spoils only itself
    lines[2] = lines[2]!.replace(/\}$/, '');
    fs.writeFileSync(file, zlib.gzipSync(lines.join('\n')));
    const cut = evaluate(dir, 'jsonl', ['--skip-invalid']);
    expect(cut.stderr).toMatch(/^sla: skipped 1 invalid row in data\/requests\.jsonl\.gz\n {2}data\/requests\.jsonl\.gz:3:\d+: not valid JSON: /);
    expect((JSON.parse(cut.stdout) as { results: { period: string; good: number; total: number }[] }).results.filter((x) => x.period === '2026-11')[0]).toMatchObject({ good: 12, total: 14 });
  });
});
