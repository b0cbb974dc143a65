import { dataColumns } from '../../../src/lint/rules/data-columns';
import { loadDocument } from '../../../src/core/load';
import { runRule } from '../../../src/lint/context';
import { fixture, lintFile, load, where } from './lint-fixture';

describe('data-columns', () => {
  it('bad.sla.yaml: warns of columns the files lack, with a hint from the header, and reads nothing it cannot', () => {
    expect(where(lintFile(dataColumns, fixture('data-columns', 'bad.sla.yaml')))).toEqual([
      "13:77 warning data source 'instances' names column 'started_at' (the start column), which data/instances.csv does not have",
      "25:14 warning metric 'instance-uptime' names column 'region' (`where`), which data/instances.csv (data source 'instances') does not have",
      "24:10 warning metric 'instance-uptime' names column 'instance' (`per`), which data/instances.csv (data source 'instances') does not have (did you mean 'instance_id'?)",
      "28:47 warning metric 'instance-uptime' names column 'share' (`downtime.weight`), which data/instances.csv (data source 'instances') does not have",
      "36:48 warning metric 'response' names column 'answered' (clock 'response'), which data/tickets.csv (data source 'tickets') does not have (did you mean 'answered_at'?)",
      "36:72 warning metric 'response' names column 'prio' (the column that picks the limit), which data/tickets.csv (data source 'tickets') does not have",
      "10:70 warning service 'compute' names column 'product' (the credit base), which data/billing.csv (data source 'billing') does not have",
    ]);
  });

  it('good.sla.yaml: passes columns the headers have', () => {
    expect(where(lintFile(dataColumns, fixture('data-columns', 'good.sla.yaml')))).toEqual([]);
  });
});

describe('data-columns and the file system', () => {
  const doc = load(fixture('data-columns', 'bad.sla.yaml'));

  it('asks only the injected fileHeader, once per file, and stays quiet without it', () => {
    const asked: string[] = [];
    const findings = runRule(dataColumns, doc, { severity: 'warning', fileExists: () => true, fileHeader: (p) => (asked.push(p), ['start', 'end']) });
    expect(asked.sort()).toEqual(['data/billing.csv', 'data/instances.csv', 'data/missing.csv', 'data/tickets.csv']);
    expect(findings.length).toBeGreaterThan(0);
    expect(runRule(dataColumns, doc, { severity: 'warning', fileExists: () => true })).toEqual([]);
  });

  it('echoes no header name that is long or not plain', () => {
    const long = `instance${'x'.repeat(60)}`;
    const findings = runRule(dataColumns, doc, { severity: 'warning', fileExists: () => true, fileHeader: () => [long, 'instance<script>', 'start', 'end'] });
    const text = findings.map((f) => f.message).join('\n');
    expect(text).toContain("names column 'instance' (`per`)");
    expect(text).not.toContain(long);
    expect(text).not.toContain('<script>');
  });
});

describe('data-columns and other rules', () => {
  it('leaves the columns of a source of the wrong kind to metric-data-kind: one mistake, one finding', () => {
    const text = `sla: 1
id: FX-WRONG-KIND
title: A percentile of intervals
term: { start: 2026-01-01, end: 2026-12-31 }
timezone: Europe/Berlin
parties: [{ id: provider, role: provider, name: Provider Ltd }]
services: [{ id: hosting, name: Hosting }]
data:
  incidents: { kind: intervals, file: incidents.csv }
metrics:
  - { id: p95, name: Latency, service: hosting, owner: provider, kind: percentile, data: incidents, value: duration_ms, percentile: 95, period: month, target: "<= 600ms", where: { route: /x } }
`;
    const doc = loadDocument(Buffer.from(text), 'wrong.sla.yaml');
    expect(runRule(dataColumns, doc, { severity: 'warning', fileExists: () => true, fileHeader: () => ['start', 'end'] })).toEqual([]);
  });

  it('reads headers only of CSV files: JSON sources name fields and paths, which data-source-format checks', () => {
    const text = `sla: 1
id: FX-JSON
title: Sources of other forms
term: { start: 2026-01-01, end: 2026-12-31 }
timezone: Europe/Berlin
parties: [{ id: provider, role: provider, name: Provider Ltd }]
services: [{ id: hosting, name: Hosting }]
data:
  pd: { kind: intervals, format: pagerduty, file: incidents.json, columns: { start: created_at, end: resolved_at } }
  pdcsv: { kind: intervals, format: pagerduty, file: incidents.csv, columns: { start: created_at, end: resolved_at } }
  lines: { kind: events, format: jsonl, file: requests.jsonl.gz, columns: { time: ts } }
metrics:
  - { id: up, name: Up, service: hosting, owner: provider, kind: availability, data: pd, period: month, target: ">= 99%", where: { service.summary: checkout } }
`;
    const doc = loadDocument(Buffer.from(text), 'json.sla.yaml');
    const asked: string[] = [];
    const findings = runRule(dataColumns, doc, { severity: 'warning', fileExists: () => true, fileHeader: (p) => (asked.push(p), ['start', 'end']) });
    expect(asked).toEqual(['incidents.csv']);
    expect(findings.map((f) => f.message)).toEqual([
      "data source 'pdcsv' names column 'created_at' (the start column), which incidents.csv does not have",
      "data source 'pdcsv' names column 'resolved_at' (the end column), which incidents.csv does not have",
    ]);
  });
});
