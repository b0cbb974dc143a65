import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/run-sla';
import { startSla } from '../helpers/spawn-sla';

// `sla evaluate --fetch` against a real Prometheus (Debian's `prometheus`
// package, started here on 127.0.0.1 with a free port) whose data is loaded
// by `promtool tsdb create-blocks-from openmetrics` from a generated
// OpenMetrics file: the evaluation from the server equals the evaluation of
// the same counts as CSV. Failures Prometheus cannot be made to show (no
// answer, partial data) come from small servers started here too.

const START = Date.UTC(2026, 10, 1) / 1000;
const HOURS = 48;

/** The counters of examples/sources/prometheus: 200s grow 1000 an hour and reset at hour 30; 500s grow 2 (200 at hour 40). */
function counters(): { ok: number[]; failed: number[] } {
  const ok = [0];
  const failed = [7];
  for (let k = 1; k <= HOURS; k++) {
    ok.push(k === 30 ? 500 : ok[k - 1]! + 1000);
    failed.push(failed[k - 1]! + (k === 40 ? 200 : 2));
  }
  return { ok, failed };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitReady(url: string, ms: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      const r = await fetch(`${url}/-/ready`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`Prometheus at ${url} did not become ready`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const AGREEMENT = fs.readFileSync(path.join(ROOT, 'examples/sources/prometheus/prometheus.sla.yaml'), 'utf8');

/** The example agreement, its data source pointed at `url` (and at no file). */
function fetchingAgreement(dir: string, url: string, extra = ''): string {
  const text = AGREEMENT.replace('    file: data/http_requests_total.json\n', '').replace('http://prometheus.internal:9090', url).replace('step: 1h }', `step: 1h${extra} }`);
  const file = path.join(dir, `fetch-${Math.random().toString(36).slice(2)}.sla.yaml`);
  fs.writeFileSync(file, text);
  return file;
}

let work: string;
let prometheus: ChildProcess | undefined;
let url = '';

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-prometheus-'));
  const { ok, failed } = counters();
  const lines = ['# HELP http_requests Requests answered.', '# TYPE http_requests counter'];
  for (const [code, values] of [['200', ok], ['500', failed]] as const) {
    values.forEach((v, k) => lines.push(`http_requests_total{code="${code}",instance="checkout-1:8080",job="checkout"} ${v} ${START + 3600 * k}`));
  }
  lines.push('# EOF', '');
  fs.writeFileSync(path.join(work, 'data.om'), lines.join('\n'));
  const blocks = spawnSync('promtool', ['tsdb', 'create-blocks-from', 'openmetrics', '-q', 'data.om', 'tsdb'], { cwd: work, encoding: 'utf8' });
  if (blocks.status !== 0) throw new Error(`promtool failed (is Debian's prometheus package installed?): ${blocks.error?.message ?? blocks.stderr}`);
  fs.writeFileSync(path.join(work, 'prometheus.yml'), 'global: {}\n');
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  prometheus = spawn('prometheus', ['--config.file=prometheus.yml', '--storage.tsdb.path=tsdb', '--storage.tsdb.retention.time=100y', `--web.listen-address=127.0.0.1:${port}`], { cwd: work, stdio: 'ignore' });
  await waitReady(url, 60_000);
}, 90_000);

afterAll(async () => {
  if (prometheus && prometheus.exitCode === null) {
    const gone = new Promise((r) => prometheus!.once('exit', r));
    prometheus.kill('SIGTERM');
    await gone;
  }
  fs.rmSync(work, { recursive: true, force: true });
});

interface Result {
  metric: string;
  period: string;
  value: number | null;
  status: string;
  good?: number;
  total?: number;
  credit: number;
}

async function evaluate(file: string, extra: string[]): Promise<{ code: number | null; results: Result[]; stderr: string }> {
  const { ended } = startSla(['evaluate', file, '--from', '2026-11-01', '--to', '2026-11-02', '--as-of', '2026-12-01T00:00:00Z', '--format', 'json', ...extra], { cwd: path.dirname(file) });
  const r = await ended;
  return { code: r.code, results: r.stdout ? (JSON.parse(r.stdout) as { results: Result[] }).results : [], stderr: r.stderr };
}

const summary = (results: Result[]) => results.map((r) => [r.metric, r.period, r.value, r.status, r.good, r.total, r.credit]);

describe('sla evaluate --fetch against a real Prometheus', () => {
  it('evaluates the server data as the same counts from a CSV file', async () => {
    const { ok, failed } = counters();
    const rows = ['time,good,total'];
    for (let k = 1; k <= HOURS; k++) {
      const good = k === 30 ? ok[k]! : ok[k]! - ok[k - 1]!;
      const bad = failed[k]! - failed[k - 1]!;
      rows.push(`${new Date((START + 3600 * (k - 1)) * 1000).toISOString()},${good},${good + bad}`);
    }
    fs.writeFileSync(path.join(work, 'counts.csv'), `${rows.join('\n')}\n`);
    const csvAgreement = path.join(work, 'csv.sla.yaml');
    fs.writeFileSync(
      csvAgreement,
      AGREEMENT.replace(/ {4}format: prometheus\n[\s\S]*?total: http_requests_total\{job="checkout"\}\n/, '    file: counts.csv\n    columns: { time: time, good: good, total: total }\n'),
    );
    const fromCsv = await evaluate(csvAgreement, []);
    expect([fromCsv.code, fromCsv.stderr]).toEqual([1, '']);
    const fromServer = await evaluate(fetchingAgreement(work, url), ['--fetch']);
    expect([fromServer.code, fromServer.stderr]).toEqual([1, '']);
    expect(summary(fromServer.results)).toEqual(summary(fromCsv.results));
    // worked out by hand: day 1 24,000 of 24,048; day 2 23,500 (the reset counts 500) of 23,746
    expect(summary(fromServer.results)).toEqual([
      ['success-rate', '2026-11-01', (100 * 24000) / 24048, 'met', 24000, 24048, 0],
      ['success-rate', '2026-11-02', (100 * 23500) / 23746, 'breached', 23500, 23746, 10],
    ]);
  }, 60_000);

  it('asks in chunks of at most 10,000 steps and reads them as one source', async () => {
    // a 1-second step over two days is 172,801 points: 18 chunks per query
    const { code, results, stderr } = await evaluate(fetchingAgreement(work, url), ['--fetch']);
    expect([code, stderr]).toEqual([1, '']);
    const file = fetchingAgreement(work, url);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('step: 1h', 'step: 1s'));
    const fine = await evaluate(file, ['--fetch']);
    expect([fine.code, fine.stderr]).toEqual([1, '']);
    // each 1 s step after an hourly sample sees the same value (Prometheus' look-back), so the increases are the same
    expect(summary(fine.results)).toEqual(summary(results));
  }, 120_000);

  it('says when the agreement needs --fetch, and reads a --data file instead when given one', async () => {
    const file = fetchingAgreement(work, url);
    const without = await evaluate(file, []);
    expect(without.code).toBe(2);
    expect(without.stderr).toBe(`sla: data source 'requests' is read from Prometheus at ${url}: pass --fetch to query it (network access), or --data requests=FILE\n`);
    const fromFile = await evaluate(file, ['--fetch', '--data', `requests=${path.join(ROOT, 'examples/sources/prometheus/data/http_requests_total.json')}`]);
    expect(fromFile.code).toBe(1);
    expect(fromFile.results.map((r) => r.status)).toEqual(['met', 'breached']);
  }, 60_000);

  it("stops with Prometheus' own message when it refuses a query", async () => {
    const file = fetchingAgreement(work, url);
    // a look-ahead: JavaScript reads it, Prometheus' Go regular expressions do not
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('code!~"5.."', 'code!~"5(?=0)0"'));
    const r = await evaluate(file, ['--fetch']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^sla: Prometheus at ${url.replace(/\./g, '\\.')} answered 400 to "http_requests_total\\{job=\\\\"checkout\\\\", code!~\\\\"5\\(\\?=0\\)0\\\\"\\}": bad_data: .*invalid or unsupported Perl syntax`));
    expect(r.stderr.split('\n')).toHaveLength(2);
  }, 60_000);

  it('names a metric the server has no series of', async () => {
    const file = fetchingAgreement(work, url);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('total: http_requests_total{job="checkout"}', 'total: http_request_total{job="checkout"}'));
    const r = await evaluate(file, ['--fetch']);
    expect([r.code, r.stderr]).toEqual([2, "sla: data source 'requests': unknown metric name 'http_request_total' (series in the data: http_requests_total)\n"]);
  }, 60_000);

  it('says when no server answers at the address', async () => {
    const port = await freePort();
    const r = await evaluate(fetchingAgreement(work, `http://127.0.0.1:${port}`), ['--fetch']);
    expect([r.code, r.stderr]).toEqual([2, `sla: cannot reach Prometheus at http://127.0.0.1:${port}: connection refused\n`]);
  }, 60_000);

  it('gives up on a server that does not answer in time', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const address = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    try {
      const r = await evaluate(fetchingAgreement(work, address, ', timeout: 1s'), ['--fetch']);
      expect([r.code, r.stderr]).toEqual([2, `sla: Prometheus at ${address} did not answer within 1 s (prometheus.timeout)\n`]);
    } finally {
      sockets.forEach((s) => s.destroy());
      await new Promise((r) => silent.close(r));
    }
  }, 60_000);

  it('refuses partial data', async () => {
    const partial = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ status: 'success', data: { resultType: 'matrix', result: [] }, warnings: ['store eu-west-2 did not answer: partial response'] }));
    });
    await new Promise<void>((r) => partial.listen(0, '127.0.0.1', () => r()));
    const address = `http://127.0.0.1:${(partial.address() as net.AddressInfo).port}`;
    try {
      const r = await evaluate(fetchingAgreement(work, address), ['--fetch']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`sla: Prometheus at ${address} answered "http_requests_total{job=\\"checkout\\", code!~\\"5..\\"}" with partial data: store eu-west-2 did not answer: partial response\n`);
    } finally {
      await new Promise((r) => partial.close(r));
    }
  }, 60_000);
});
