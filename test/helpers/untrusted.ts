import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runSla, type Run } from './run-sla';

/**
 * Issue 15's end-to-end cases (test/e2e/untrusted*.test.ts, long-words):
 * an agreement as a pull request could bring it, a folder with secrets where
 * a CI job keeps them, and the built binary run with a secret in its
 * environment.
 */

export const SECRET = `tok-${randomBytes(12).toString('hex')}`;
const ENV = { SLA_TEST_SECRET: SECRET };

/** An agreement with a data source of each kind the points need; `file` of each source and extra top-level text can be set. */
export function agreement(o: { incidents?: string; counts?: string; latencies?: string; extra?: string; fee?: string; title?: string } = {}): string {
  return `sla: 1
id: UNTRUSTED-1
title: ${o.title ?? 'Untrusted input'}
type: service
version: 1.0.0
status: active
term: { start: 2026-01-01, end: 2026-12-31 }
timezone: Europe/Berlin
locale: en-GB
currency: EUR
parties:
  - { id: provider, role: provider, name: Provider }
  - { id: customer, role: customer, name: Customer }
services:
  - { id: web, name: Web, fee: { amount: ${o.fee ?? '1000'}, per: month } }
${o.extra ?? ''}
data:
  incidents: { kind: intervals, file: "${o.incidents ?? 'data/incidents.csv'}", columns: { start: started_at, end: ended_at } }
  counts: { kind: counts, file: "${o.counts ?? 'data/counts.csv'}", columns: { time: minute, good: ok, total: all } }
  latencies: { kind: events, file: "${o.latencies ?? 'data/latencies.csv'}", columns: { time: t } }
metrics:
  - { id: uptime, name: Availability, service: web, owner: provider, kind: availability, data: incidents, period: month, target: ">= 99.5%" }
  - { id: success, name: Successful requests, service: web, owner: provider, kind: ratio, data: counts, period: month, target: ">= 99%", credits: [{ when: "< 99%", credit: 5% }] }
  - { id: work, name: Total work, service: web, owner: provider, kind: aggregate, aggregate: sum, value: ms, data: latencies, period: month, target: ">= 1" }
`;
}

export const GOOD_DATA: Record<string, string> = {
  'data/incidents.csv': 'started_at,ended_at\n2026-03-02T10:00:00Z,2026-03-02T11:00:00Z\n',
  'data/counts.csv': 'minute,ok,all\n2026-03-02T10:00:00Z,99,100\n',
  'data/latencies.csv': 't,ms\n2026-03-02T10:00:00Z,120\n',
};

const made: string[] = [];

/** Removes the folders workspace() made (for afterAll). */
export function removeWorkspaces(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** A fresh folder: base/agreements/{a.sla.yaml, data/...} and base/outside/, the secret written into files out of reach. */
export function workspace(text: string, data: Record<string, string> = {}): { dir: string; outside: string; base: string } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-untrusted-'));
  made.push(base);
  const dir = path.join(base, 'agreements');
  const outside = path.join(base, 'outside');
  fs.mkdirSync(path.join(dir, 'data'), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(dir, 'a.sla.yaml'), text);
  for (const [file, content] of Object.entries({ ...GOOD_DATA, ...data })) fs.writeFileSync(path.join(dir, file), content);
  // files that hold the secret where a CI job keeps such things
  fs.writeFileSync(path.join(outside, 'secrets.csv'), `${SECRET},x\n${SECRET},y\n`);
  fs.mkdirSync(path.join(dir, '.git'));
  fs.writeFileSync(path.join(dir, '.git/config'), `[http]\n\textraheader = AUTHORIZATION: basic ${SECRET}\n`);
  fs.writeFileSync(path.join(dir, '.env'), `TOKEN=${SECRET}\n`);
  return { dir, outside, base };
}

export function sla(dir: string, args: string[]): Run {
  return runSla(args, { cwd: dir, env: ENV });
}

export function noSecret(r: Run): void {
  expect(r.stdout).not.toContain(SECRET);
  expect(r.stderr).not.toContain(SECRET);
  expect(r.stdout + r.stderr).not.toContain(SECRET.slice(4, 16));
}

export const EVALUATE = ['evaluate', 'a.sla.yaml', '--period', '2026-03', '--as-of', '2026-12-01'];
