import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BIN } from './run-sla';

/**
 * Agreements, data and templates that are large in one dimension (issue 8,
 * hostile input, sizes), written into a fresh temporary folder. Each builder
 * takes the size n so a test can compare n with 2n.
 */

export interface Case {
  dir: string;
  agreement: string;
}

const HEAD = (term: { start: string; end: string } = { start: '2026-01-01', end: '2026-12-31' }) => `sla: 1
id: SIZES-1
title: Sizes
term: { start: ${term.start}, end: ${term.end} }
timezone: Etc/UTC
currency: EUR
parties:
  - { id: provider, role: provider, name: Provider Ltd }
  - { id: customer, role: customer, name: Customer Ltd }
services:
  - { id: svc, name: Service, fee: { amount: 1000, per: month } }
data:
  incidents:
    kind: intervals
    file: incidents.csv
    columns: { start: start, end: end }
  requests:
    kind: events
    file: requests.csv
    columns: { time: time }
`;

const INCIDENTS = 'start,end\n2026-03-01T10:00:00Z,2026-03-01T12:00:00Z\n';
const REQUESTS = 'time,status\n2026-03-01T10:00:00Z,200\n';

const made: string[] = [];

export function tempDir(prefix = 'sla-sizes-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every folder this module made (for afterAll). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

function write(text: string, files: Record<string, string> = {}): Case {
  const dir = tempDir();
  const agreement = path.join(dir, 'a.sla.yaml');
  fs.writeFileSync(agreement, text);
  fs.writeFileSync(path.join(dir, 'incidents.csv'), INCIDENTS);
  fs.writeFileSync(path.join(dir, 'requests.csv'), REQUESTS);
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), body);
  }
  return { dir, agreement };
}

const metric = (id: string, extra = '') => `  - id: ${id}
    name: Availability ${id}
    service: svc
    owner: provider
    kind: availability
    data: incidents
    period: month
    target: ">= 99.9%"
${extra}`;

/** One metric with n credit tiers, each stricter than the one before and paying more. */
export function creditTiers(n: number): Case {
  const tiers: string[] = [];
  for (let i = 0; i < n; i++) {
    const bound = (99.9 - (i * 90) / n).toFixed(6);
    const credit = ((i + 1) * 100 / n).toFixed(6);
    tiers.push(`      - { when: "< ${bound}%", credit: ${credit}% }`);
  }
  return write(HEAD() + 'metrics:\n' + metric('uptime', '    credits:\n' + tiers.join('\n') + '\n'));
}

/** n metrics on one service. */
export function manyMetrics(n: number): Case {
  const metrics: string[] = [];
  for (let i = 0; i < n; i++) metrics.push(metric(`m${i}`, '    credits:\n      - { when: "< 99.9%", credit: 10% }\n'));
  return write(HEAD() + 'metrics:\n' + metrics.join(''));
}

/** n unknown top-level keys. */
export function unknownKeys(n: number): Case {
  const keys: string[] = [];
  for (let i = 0; i < n; i++) keys.push(`unknown${i}: ${i}`);
  return write(HEAD() + 'metrics:\n' + metric('uptime') + keys.join('\n') + '\n');
}

/** n definitions (short ones, so that 400,000 fit in an agreement's 10 MB). */
export function definitions(n: number): Case {
  const defs: string[] = [];
  for (let i = 0; i < n; i++) defs.push(`  T${i}: d${i}`);
  return write(HEAD() + 'metrics:\n' + metric('uptime') + 'definitions:\n' + defs.join('\n') + '\n');
}

/** A daily metric over a term of `years` years (100: 36,525 periods). */
export function dailyPeriods(years: number, metrics = 1): Case {
  const term = { start: '2000-01-01', end: `${2000 + years - 1}-12-31` };
  const body = Array.from({ length: metrics }, (_, i) => metric(`m${i}`).replace('period: month', 'period: day')).join('');
  return write(HEAD(term).replace('per: month', 'per: day') + 'metrics:\n' + body);
}

/**
 * A calendar of one-minute ranges every `step` minutes of every day (1,440
 * touching ones by default) with a holiday on every day of a `years`-year
 * term (unless `holidays: false`), and a metric measured in it.
 */
export function holidayCalendar(years: number, options: { step?: number; holidays?: boolean } = {}): Case {
  const { step = 1, holidays: everyDay = true } = options;
  const term = { start: '2000-01-01', end: `${2000 + years - 1}-12-31` };
  const list: string[] = [];
  for (let m = 0; m < 1440; m += step) {
    const t = (x: number) => `${String(Math.floor(x / 60) % 24).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`;
    list.push(`"${t(m)}-${t(m + 1 === 1440 ? 0 : m + 1)}"`);
  }
  const holidays: string[] = [];
  const day = Date.UTC(2000, 0, 1);
  const last = everyDay ? Date.UTC(2000 + years - 1, 11, 31) : day - 1;
  for (let d = day; d <= last; d += 86_400_000) holidays.push(`      - { date: ${new Date(d).toISOString().slice(0, 10)} }`);
  const calendars = `calendars:\n  office:\n    hours:\n      mon-sun: [${list.join(', ')}]\n${holidays.length ? `    holidays:\n${holidays.join('\n')}\n` : ''}`;
  return write(HEAD(term) + calendars + 'metrics:\n' + metric('uptime', '    window: office\n'));
}

/** An events availability metric cut into slices of `slice` over a `period`. */
export function tinySlices(slice: string, period = 'year'): Case {
  const body = `  - id: uptime
    name: Sliced availability
    service: svc
    owner: provider
    kind: availability
    data: requests
    good: { status: { lt: 500 } }
    slice: ${slice}
    downWhen: "< 95%"
    period: ${period}
    target: ">= 99.9%"
`;
  return write(HEAD().replace('per: month', `per: ${period}`) + 'metrics:\n' + body);
}

/** An incidents file with one naive timestamp in `year`. */
export function farYear(year: number): Case {
  const c = write(HEAD() + 'metrics:\n' + metric('uptime'));
  fs.writeFileSync(path.join(c.dir, 'incidents.csv'), `start,end\n${year}-12-31T10:00:00,${year}-12-31T12:00:00\n`);
  return c;
}

/** A custom services template with `depth` nested {{#if}} blocks. */
export function nestedTemplate(depth: number): Case {
  const text = '{{#if title}}'.repeat(depth) + '{{title}}' + '{{/if}}'.repeat(depth) + '\n';
  return write(HEAD() + 'metrics:\n' + metric('uptime'), { 'tpl/services.hbs': text });
}

export interface Measured {
  code: number;
  stdout: string;
  stderr: string;
  /** Wall-clock seconds. */
  seconds: number;
  /** Peak resident memory of the sla process, in MB. */
  rssMb: number;
}

let preload: string | undefined;

/**
 * Runs the built binary like runSla, timing it and reading its peak memory
 * (process.resourceUsage().maxRSS, written at exit by a preloaded script).
 * A run over `limitSeconds` is killed and fails the test instead of hanging it.
 */
export function measureSla(args: string[], cwd: string, limitSeconds = 240): Measured {
  if (!preload) {
    preload = path.join(tempDir('sla-max-rss-'), 'max-rss.js');
    fs.writeFileSync(preload, "process.on('exit', () => require('fs').writeFileSync(process.env.SLA_MAX_RSS_FILE, String(process.resourceUsage().maxRSS)));\n");
  }
  const rssFile = path.join(path.dirname(preload), `rss-${process.pid}-${Date.now()}-${Math.random()}`);
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', TZ: 'Pacific/Chatham', SLA_MAX_RSS_FILE: rssFile };
  delete env.FORCE_COLOR;
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', preload, BIN, ...args], {
    cwd,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: limitSeconds * 1000,
    killSignal: 'SIGKILL',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.error || r.status === null) throw new Error(`sla ${args.join(' ')} did not finish within ${limitSeconds} s (${r.error?.message ?? r.signal})`);
  const rssMb = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, seconds, rssMb };
}
