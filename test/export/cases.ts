import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { ROOT } from '../helpers/run-sla';

/**
 * Every reference agreement and every example that evaluates (and the
 * downtime fixtures), with the run their tests use: the engines' results fed
 * back must give the same evaluation as the rows. Every metric of these is
 * exported; weighted and composite downtime, which are refused, are tested in
 * test/e2e/export-sql.test.ts.
 */
export interface EngineCase {
  name: string;
  dir: string;
  file: string;
  flags: string[];
}

const REF = path.join(ROOT, 'test/fixtures/reference');
const EX = path.join(ROOT, 'examples');
const REAL = path.join(EX, 'real');
const DOWN = path.join(ROOT, 'test/fixtures/downtime');

export const ENGINE_CASES: EngineCase[] = [
  { name: 'managed-hosting', dir: REF, file: 'managed-hosting.sla.yaml', flags: ['--from', '2026-09', '--to', '2026-11', '--as-of', '2026-12-05T00:00:00Z'] },
  { name: 'marketing-sales', dir: REF, file: 'marketing-sales.sla.yaml', flags: ['--as-of', '2027-01-10T00:00:00Z'] },
  { name: 'saas-platform', dir: REF, file: 'saas-platform.sla.yaml', flags: ['--period', '2026-Q1', '--as-of', '2026-04-15T00:00:00Z'] },
  { name: 'it-hr-ola', dir: path.join(EX, 'it-hr-ola'), file: 'it-hr-ola.sla.yaml', flags: ['--from', '2026-08', '--to', '2026-10', '--as-of', '2026-09-20T12:00:00Z'] },
  { name: 'managed-it-support', dir: path.join(EX, 'managed-it-support'), file: 'managed-it-support.sla.yaml', flags: ['--from', '2026-08', '--to', '2026-10', '--as-of', '2026-11-05T00:00:00Z'] },
  { name: 'shipping-api', dir: path.join(EX, 'shipping-api'), file: 'shipping-api.sla.yaml', flags: ['--from', '2026-08', '--to', '2026-10', '--as-of', '2026-11-05T00:00:00Z'] },
  { name: 'atlassian', dir: path.join(REAL, 'atlassian'), file: 'atlassian.sla.yaml', flags: ['--from', '2026-04', '--to', '2026-04', '--as-of', '2026-05-05T00:00:00Z'] },
  { name: 'aws-ec2', dir: path.join(REAL, 'aws-ec2'), file: 'aws-ec2.sla.yaml', flags: ['--from', '2026-01', '--to', '2026-06', '--as-of', '2026-07-05T00:00:00Z'] },
  { name: 'github', dir: path.join(REAL, 'github'), file: 'github.sla.yaml', flags: ['--from', '2026-Q1', '--to', '2026-Q1', '--as-of', '2026-04-05T00:00:00Z'] },
  { name: 'pegasus', dir: path.join(REAL, 'pegasus'), file: 'pegasus.sla.yaml', flags: ['--from', '2026-05', '--to', '2026-05', '--as-of', '2026-06-05T00:00:00Z'] },
  { name: 'slack', dir: path.join(REAL, 'slack'), file: 'slack.sla.yaml', flags: ['--from', '2026-Q2', '--to', '2026-Q3', '--as-of', '2026-10-05T00:00:00Z'] },
  { name: 'zendesk', dir: path.join(REAL, 'zendesk'), file: 'zendesk.sla.yaml', flags: ['--from', '2026-05', '--to', '2026-05', '--as-of', '2026-06-05T00:00:00Z'] },
  // sources as systems export them, flattened as a warehouse holds them (the others are refused: test/e2e/export-sql.test.ts)
  { name: 'jsonl', dir: path.join(EX, 'sources/jsonl'), file: 'jsonl.sla.yaml', flags: ['--period', '2026-11', '--as-of', '2026-12-01T00:00:00Z'] },
  { name: 'pagerduty', dir: path.join(EX, 'sources/pagerduty'), file: 'pagerduty.sla.yaml', flags: ['--period', '2026-11', '--as-of', '2026-12-01T00:00:00Z'] },
  // filters, exact sums and ranks where engines could read rows otherwise than sla
  { name: 'semantics', dir: path.join(ROOT, 'test/fixtures/export-semantics'), file: 'agreement.sla.yaml', flags: ['--as-of', '2026-04-05T00:00:00Z'] },
  // the downtime clauses, one small agreement each (test/e2e/downtime.test.ts)
  { name: 'downtime-signals', dir: path.join(DOWN, 'signals'), file: 'agreement.sla.yaml', flags: ['--period', '2026-04', '--as-of', '2026-05-05T00:00:00Z'] },
  { name: 'downtime-slices', dir: path.join(DOWN, 'slices'), file: 'agreement.sla.yaml', flags: ['--period', '2026-03-02', '--as-of', '2026-04-01T00:00:00Z'] },
  { name: 'downtime-quantised', dir: path.join(DOWN, 'quantised'), file: 'agreement.sla.yaml', flags: ['--from', '2026-03', '--to', '2026-04', '--as-of', '2026-05-05T00:00:00Z'] },
  { name: 'downtime-per-resource', dir: path.join(DOWN, 'per-resource'), file: 'agreement.sla.yaml', flags: ['--period', '2026-03', '--as-of', '2026-04-05T00:00:00Z'] },
  { name: 'downtime-exclusions', dir: path.join(DOWN, 'exclusions'), file: 'agreement.sla.yaml', flags: ['--period', '2026-Q2', '--as-of', '2026-10-05T00:00:00Z'] },
];

/** A copy of the agreement in a folder of its own with the files of its charges sources only (which `sla` reads itself). */
export function agreementAlone(dir: string, file: string, work: string): string {
  const alone = fs.mkdtempSync(path.join(work, 'alone-'));
  fs.copyFileSync(path.join(dir, file), path.join(alone, file));
  const a = parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { data?: Record<string, { kind: string; file?: string }> };
  for (const def of Object.values(a.data ?? {})) {
    if (def.kind !== 'charges' || !def.file) continue;
    fs.mkdirSync(path.dirname(path.join(alone, def.file)), { recursive: true });
    fs.copyFileSync(path.join(dir, def.file), path.join(alone, def.file));
  }
  return alone;
}
