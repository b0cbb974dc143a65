import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { ROOT, runSla } from '../helpers/run-sla';

// `sla export prometheus` through the built binary, checked by Debian's
// promtool: `promtool check rules` on the rules of the reference agreements,
// and `promtool test rules` over series that cross a DST change (Hobart,
// 8 March 1970: test/fixtures/prometheus, since promtool 2.42 evaluates from
// the Unix epoch) and a maintenance window.

const FIXTURE = path.join(ROOT, 'test/fixtures/prometheus');
const REFERENCE = path.join(ROOT, 'test/fixtures/reference');
const GOOD = 'http_requests_total{code!~"5.."}';
const TOTAL = 'http_requests_total';
const counters = (...ids: string[]) => ids.flatMap((id) => ['--good', `${id}=${GOOD}`, '--total', `${id}=${TOTAL}`]);

interface Rules {
  groups: { name: string; rules: { record?: string; alert?: string; expr: string; labels?: Record<string, string> }[] }[];
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sla-prometheus-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function promtool(...args: string[]): { code: number; out: string } {
  const r = spawnSync('promtool', args, { encoding: 'utf8', cwd: tmp });
  return { code: r.status ?? -1, out: r.stdout + r.stderr };
}

function exported(dir: string, file: string, flags: string[]): { code: number; stderr: string; text: string; rules: Rules } {
  const r = runSla(['export', 'prometheus', file, ...flags], { cwd: dir });
  return { code: r.code, stderr: r.stderr, text: r.stdout, rules: (parse(r.stdout || '{}') ?? {}) as Rules };
}

describe('sla export prometheus', () => {
  it('the rules of the reference agreements pass promtool check rules, in Sloth\'s names', () => {
    const cases: [string, string[]][] = [
      ['saas-platform.sla.yaml', counters('workspace-uptime', 'api-uptime')],
      ['managed-hosting.sla.yaml', counters('checkout-latency')],
      ['marketing-sales.sla.yaml', counters('sync-success')],
    ];
    for (const [file, flags] of cases) {
      const r = exported(REFERENCE, file, [...flags, '--from', '2026-01', '--to', '2026-03']);
      expect(r.code).toBe(0);
      const out = path.join(tmp, file.replace('.sla.yaml', '.rules.yml'));
      fs.writeFileSync(out, r.text);
      const check = promtool('check', 'rules', out);
      expect([check.code, check.out]).toEqual([0, expect.stringContaining('SUCCESS')]);
    }
    const saas = exported(REFERENCE, 'saas-platform.sla.yaml', [...counters('workspace-uptime'), '--from', '2026-01', '--to', '2026-03']);
    const records = saas.rules.groups.flatMap((g) => g.rules.map((r) => r.record ?? r.alert));
    for (const name of ['slo:sli_error:ratio_rate5m', 'slo:sli_error:ratio_rate30m', 'slo:sli_error:ratio_rate1h', 'slo:sli_error:ratio_rate2h', 'slo:sli_error:ratio_rate6h', 'slo:sli_error:ratio_rate1d', 'slo:sli_error:ratio_rate3d', 'slo:sli_error:ratio_rate30d', 'slo:objective:ratio', 'slo:error_budget:ratio', 'slo:time_period:days', 'slo:current_burn_rate:ratio', 'slo:period_burn_rate:ratio', 'slo:period_error_budget_remaining:ratio', 'sloth_slo_info']) {
      expect(records).toContain(name);
    }
    const objective = saas.rules.groups.flatMap((g) => g.rules).find((r) => r.record === 'slo:objective:ratio')!;
    expect([objective.expr, objective.labels]).toEqual(['vector(0.999)', { sloth_id: 'workspace-workspace-uptime', sloth_service: 'workspace', sloth_slo: 'workspace-uptime' }]);
    // a month's page alert burns 2% of the budget in an hour: 14.4 times
    const alert = saas.rules.groups.flatMap((g) => g.rules).find((r) => r.alert === 'WorkspaceUptimeErrorBudgetBurn')!;
    expect(alert.expr).toContain('> (14.4 * 0.001)');
  });

  it('names each metric it writes no rules for, and why', () => {
    const r = exported(FIXTURE, 'agreement.sla.yaml', counters('api-uptime'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      "sla: metric 'api-success' has no rules: no counters named for it (--good api-success=SERIES --total api-success=SERIES)\n" +
        "sla: metric 'api-latency' has no rules: a percentile metric is not a share of good events: Prometheus rules are made for availability and ratio metrics\n",
    );
    const none = runSla(['export', 'prometheus', 'agreement.sla.yaml'], { cwd: FIXTURE });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('sla: no metric has rules: name the counters of an availability or ratio metric with --good ID=SERIES --total ID=SERIES\n');
    const half = runSla(['export', 'prometheus', 'agreement.sla.yaml', '--good', `api-uptime=${GOOD}`], { cwd: FIXTURE });
    expect([half.code, half.stderr]).toEqual([2, 'sla: --good api-uptime=... needs --total api-uptime=... (the counter of all its events)\n']);
  });

  it('business hours across a DST change and a maintenance window: promtool test rules', () => {
    const r = exported(FIXTURE, 'agreement.sla.yaml', [...counters('api-uptime'), '--from', '1970-03-01', '--to', '1970-03-10']);
    expect(r.code).toBe(0);
    // the metric's window and alert groups only: promtool evaluates every rule every step from 1970-01-01
    const groups = r.rules.groups.filter((g) => g.name === 'sloth-slo-sli-recordings-api-api-uptime' || g.name === 'sloth-slo-alerts-api-api-uptime');
    expect(groups.length).toBe(2);
    fs.writeFileSync(path.join(tmp, 'hobart.rules.yml'), stringify({ groups }));
    expect(promtool('check', 'rules', 'hobart.rules.yml').code).toBe(0);

    const labels = 'sloth_id="api-api-uptime", sloth_service="api", sloth_slo="api-uptime"';
    const sample = (name: string, value: number) => [{ labels: `${name}{${labels}}`, value }];
    const at = (minute: number, expr: string, exp: { labels: string; value: number }[]) => ({ expr: `${expr}{sloth_slo="api-uptime"}`, eval_time: `${minute}m`, exp_samples: exp });
    const alert = (severity: string) => ({
      exp_labels: { sloth_id: 'api-api-uptime', sloth_service: 'api', sloth_slo: 'api-uptime', sloth_severity: severity },
      exp_annotations: {
        summary: 'API availability in business hours: the error budget of >= 99% per day burns too fast',
        title: `(${severity}) api api-uptime SLO error budget burn rate is too fast.`,
      },
    });
    // 10-minute steps; a tenth of each slice's requests fail at 10 past: 22:30 UTC on Thursday 5 March is Friday 09:30
    // in Hobart (AEDT, +11); 22:30 UTC on Sunday 8 March, after the clocks went back, is Monday 08:30 (AEST, +10),
    // before business hours; Monday 00:30 UTC is 10:30, and 02:30 UTC is 12:30, in the Monday maintenance window.
    const test = {
      rule_files: ['hobart.rules.yml'],
      evaluation_interval: '10m',
      // promtool's order of groups is otherwise random: the alerts would read the recordings of the step before
      group_eval_order: ['sloth-slo-sli-recordings-api-api-uptime', 'sloth-slo-alerts-api-api-uptime'],
      tests: [
        {
          interval: '10m',
          input_series: [
            { series: 'http_requests_total{code="200"}', values: '_x9101 0+600x600' },
            { series: 'http_requests_total{code="500"}', values: '_x9101 0x106 200x431 400x11 600x11 800x40' },
          ],
          promql_expr_test: [
            at(92080, 'sla:window:open', sample('sla:window:open', 1)),
            at(92080, 'sla:slice:down_counted', sample('sla:slice:down_counted', 1)),
            at(96400, 'sla:slice:down', sample('sla:slice:down', 1)),
            at(96400, 'sla:window:open', []),
            at(96400, 'sla:slice:down_counted', []),
            at(96520, 'sla:window:counted', sample('sla:window:counted', 1)),
            at(96520, 'sla:slice:down_counted', sample('sla:slice:down_counted', 1)),
            at(96640, 'sla:window:open', sample('sla:window:open', 1)),
            at(96640, 'sla:window:counted', []),
            at(96640, 'sla:slice:down', sample('sla:slice:down', 1)),
            at(96640, 'sla:slice:down_counted', []),
            at(96640, 'slo:sli_error:ratio_rate5m', [{ labels: `slo:sli_error:ratio_rate5m{${labels}, sloth_window="5m"}`, value: 0 }]),
          ],
          alert_rule_test: [
            { eval_time: '92080m', alertname: 'ApiUptimeErrorBudgetBurn', exp_alerts: [alert('page'), alert('ticket')] },
            { eval_time: '96400m', alertname: 'ApiUptimeErrorBudgetBurn', exp_alerts: [] },
            { eval_time: '96520m', alertname: 'ApiUptimeErrorBudgetBurn', exp_alerts: [alert('page'), alert('ticket')] },
          ],
        },
      ],
    };
    fs.writeFileSync(path.join(tmp, 'hobart.test.yml'), stringify(test));
    const result = promtool('test', 'rules', 'hobart.test.yml');
    expect([result.code, result.out]).toEqual([0, expect.stringContaining('SUCCESS')]);
  }, 120_000);
});
