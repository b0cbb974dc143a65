import * as path from 'path';
import { ROOT, runSla } from '../helpers/run-sla';

// The published SLAs of examples/real/, evaluated as their CASE.md says, must
// owe exactly the money the contract literally owes (examples/real/README.md;
// the figures below are those of each case's "What the contract owes").

interface Result {
  metric: string;
  resource?: string;
  period: string;
  value: number | null;
  status: string;
  credit: number;
}
interface Credit {
  service: string;
  resource?: string;
  period: string;
  amount: number | null;
  currency: string;
  belowMinimum: boolean;
  claimBy: string | null;
}
interface Evaluation {
  results: Result[];
  credits: Credit[];
  totals: { amount: number };
}

function evaluate(name: string, flags: string[]): { code: number; evaluation: Evaluation; stderr: string } {
  const dir = path.join(ROOT, 'examples/real', name);
  const r = runSla(['evaluate', `${name}.sla.yaml`, ...flags, '--format', 'json'], { cwd: dir });
  return { code: r.code, evaluation: JSON.parse(r.stdout || 'null') as Evaluation, stderr: r.stderr };
}

const issued = (e: Evaluation) => e.credits.filter((c) => !c.belowMinimum).map((c) => [c.service, c.resource ?? null, c.period, c.amount, c.currency, c.claimBy]);
const statuses = (e: Evaluation, metric: string) => e.results.filter((r) => r.metric === metric).map((r) => [r.resource ?? null, r.period, r.status]);

describe('real contracts: the money the contract owes', () => {
  it('AWS EC2: Region-Level and Instance-Level credits, issued only above $1, claim by the end of the second cycle after', () => {
    const { code, evaluation: e, stderr } = evaluate('aws-ec2', ['--from', '2026-01', '--to', '2026-06', '--as-of', '2026-07-05T00:00:00Z']);
    expect([code, stderr]).toEqual([1, '']);
    expect(statuses(e, 'region-uptime').map((s) => s[2])).toEqual(['breached', 'breached', 'met', 'breached', 'breached', 'breached']);
    // 100 × 44,635 / 44,640; 100 × 39,820 / 40,320; 99 exactly at April
    const region = e.results.filter((r) => r.metric === 'region-uptime');
    expect(region.map((r) => r.value)).toEqual([(100 * 44635) / 44640, (100 * 39820) / 40320, 100, 99, (100 * 44630) / 44640, (100 * 43180) / 43200]);
    expect(issued(e)).toEqual([
      ['ec2-region', null, '2026-01', 1200, 'USD', '2026-03-31'],
      ['ec2-region', null, '2026-02', 3600, 'USD', '2026-04-30'],
      ['ec2-region', null, '2026-04', 1200, 'USD', '2026-06-30'],
      ['ec2-region', null, '2026-05', 1200, 'USD', '2026-07-31'],
      ['ec2-region', null, '2026-06', 1200, 'USD', '2026-08-31'],
      ['ec2-instance', 'i-0a1b2c3d', '2026-03', 30, 'USD', '2026-05-31'],
    ]);
    // i-0nano: 10% × 8.00 = 0.80, not greater than $1: listed, not issued
    expect(e.credits.filter((c) => c.belowMinimum).map((c) => [c.resource, c.period, c.amount])).toEqual([['i-0nano', '2026-03', 0]]);
    const instances = e.results.filter((r) => r.metric === 'instance-uptime' && r.status === 'breached');
    expect(instances.map((r) => [r.resource, r.period, r.value])).toEqual([
      ['i-0a1b2c3d', '2026-03', 9250 / 93],
      ['i-0nano', '2026-03', 9250 / 93],
    ]);
    expect(e.totals.amount).toBe(8430);
  });

  it('AWS EC2, variant B: a credit of exactly $1.00 is not greater than $1 and is not issued', () => {
    const { evaluation: e } = evaluate('aws-ec2', ['--from', '2026-01', '--to', '2026-06', '--as-of', '2026-07-05T00:00:00Z', '--data', 'charges=data/charges-variant.csv']);
    expect(e.credits.filter((c) => c.belowMinimum).map((c) => [c.resource, c.period])).toEqual([['i-0nano', '2026-03']]);
    expect(e.totals.amount).toBe(8430);
  });

  it('Atlassian: a confirmed inoperable minute without requests is a Downtime Minute; 1,900.00 USD, claim by 2026-05-15', () => {
    const { code, evaluation: e, stderr } = evaluate('atlassian', ['--from', '2026-04', '--to', '2026-04', '--as-of', '2026-05-05T00:00:00Z']);
    expect([code, stderr]).toEqual([1, '']);
    // Jira: 63 Downtime Minutes of 43,200 = 4793/48 %; Confluence: 22 = 21589/216 %
    expect(e.results.map((r) => [r.metric, r.value, r.status, r.credit])).toEqual([
      ['jira-uptime', 4793 / 48, 'breached', 10],
      ['confluence-uptime', 21589 / 216, 'breached', 10],
    ]);
    expect(issued(e)).toEqual([
      ['jira', null, '2026-04', 700, 'USD', '2026-05-15'],
      ['confluence', null, '2026-04', 1200, 'USD', '2026-05-15'],
    ]);
    expect(e.totals.amount).toBe(1900);
  });

  it('GitHub: exactly 99.0% falls in no band; the features add up to 20% of the 21,000.00 paid for the quarter', () => {
    const { code, evaluation: e, stderr } = evaluate('github', ['--from', '2026-Q1', '--to', '2026-Q1', '--as-of', '2026-04-05T00:00:00Z']);
    expect([code, stderr]).toEqual([1, '']);
    expect(e.results.map((r) => [r.metric, r.value, r.status, r.credit])).toEqual([
      ['issues-uptime', 99.9, 'breached', 10],
      ['git-operations-uptime', 99, 'breached', 0],
      ['actions-uptime', 99.5, 'breached', 10],
    ]);
    expect(issued(e)).toEqual([['github', null, '2026-Q1', 4200, 'USD', '2026-04-30']]);
    expect(e.totals.amount).toBe(4200);
  });

  it('Slack: ten times what was paid for the downtime, Scheduled Downtime not counted; 225.00 USD', () => {
    const { code, evaluation: e, stderr } = evaluate('slack', ['--from', '2026-Q2', '--to', '2026-Q3', '--as-of', '2026-10-05T00:00:00Z']);
    expect([code, stderr]).toEqual([1, '']);
    // Q2: 7,862.4 s of 7,862,400 s = 0.1% down; Q3: 3,974.4 s of 7,948,800 s = 0.05%
    expect(e.results.map((r) => [r.period, r.value, r.status])).toEqual([
      ['2026-Q2', 99.9, 'breached'],
      ['2026-Q3', 99.95, 'breached'],
    ]);
    expect(issued(e)).toEqual([
      ['slack', null, '2026-Q2', 150, 'USD', null],
      ['slack', null, '2026-Q3', 75, 'USD', null],
    ]);
    expect(e.totals.amount).toBe(225);
  });
});
