import { Option, type Command } from 'commander';
import type { CliIO } from './io';
import type { SetExitCode } from './program';

// the dialect names, kept here so that registering the command loads no export code
const DIALECTS = ['duckdb', 'postgres', 'bigquery', 'snowflake', 'trino', 'spark'] as const;

const SQL_EXAMPLES = `
Examples:
  $ sla export sql shop.sla.yaml --dialect duckdb --from 2026-01 --to 2026-03 --out q.sql
  $ duckdb shop.db -csv < q.sql > result.csv && sla evaluate shop.sla.yaml --aggregates result.csv
  $ sla export sql shop.sla.yaml --dialect bigquery --table requests=analytics.requests --as-of 2026-04-01
  $ sla export sql shop.sla.yaml --dialect postgres --metric api-uptime --period 2026-03

The query returns, for each metric and period, the state \`sla evaluate\` folds
from rows (counts, exact sums, least and greatest values, the nearest-rank
percentile, slices, stretches of downtime, items); periods are inlined, so the
engine does no calendar or time-zone arithmetic. Time columns must be
TIMESTAMPs. Metrics it cannot compute exactly are named on stderr and left to
\`sla evaluate\` on their rows. See docs/scale-out.md.

Exit codes: 0 written; 2 usage or input error (or a --metric that cannot be exported).
`;

const OPENSLO_EXAMPLES = `
Examples:
  $ sla export openslo shop.sla.yaml > shop.openslo.yaml
  $ sla export openslo shop.sla.yaml --out slos.yaml

Writes OpenSLO v1 Service, SLI and SLO documents for every metric OpenSLO can
express; what it cannot (business hours, exclusions, credits) is kept in
annotations under sla-as-code.dev/ and listed on stderr.
`;

const PROMETHEUS_EXAMPLES = `
Examples:
  $ sla export prometheus shop.sla.yaml --good 'api-uptime=http_requests_total{code!~"5.."}' \\
      --total api-uptime=http_requests_total --out rules.yml && promtool check rules rules.yml

Recording rules named as Sloth names them (slo:sli_error:ratio_rate5m ...) and
multi-window burn-rate alerts on the agreement's own target and period, for
each availability (from slices) or ratio metric whose counters are named;
business hours and maintenance are honoured in the agreement's zone, across
DST changes, for the range (--from, --to). Other metrics are named on stderr.
`;

export function registerExport(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  const collect = (v: string, prev: string[] = []): string[] => [...prev, v];
  const exp = program
    .command('export')
    .description('the agreement for other tools: SQL for your engine, OpenSLO, Prometheus rules')
    .addHelpText(
      'after',
      `
Examples:
  $ sla export sql shop.sla.yaml --dialect duckdb --out q.sql    then: sla evaluate shop.sla.yaml --aggregates result.csv
  $ sla export openslo shop.sla.yaml --out slos.yaml
  $ sla export prometheus shop.sla.yaml --good ID=SERIES --total ID=SERIES --out rules.yml

See sla help export sql (openslo, prometheus), and docs/scale-out.md.
`,
    );

  exp
    .command('sql')
    .description("write SQL that computes each metric's aggregates in your engine, for sla evaluate --aggregates")
    .argument('<agreement>', 'the *.sla.yaml file, or - for standard input')
    .addOption(new Option('--dialect <dialect>', 'the SQL engine').choices([...DIALECTS]).makeOptionMandatory())
    .option('--from <period>', 'first period (a label: 2026-09, 2026-Q3); default: the start of the term')
    .option('--to <period>', 'last period, included; default: the end of the term')
    .option('--period <period>', 'just this period')
    .option('--as-of <time>', 'periods are measured up to this instant (default: now)')
    .option('--metric <id>', 'only this metric (repeatable)', collect)
    .option('--table <name=table>', 'read data source NAME from TABLE (default: a table named as the source; repeatable)', collect)
    .option('-o, --out <file>', 'write to a file (atomically) instead of standard output')
    .addHelpText('after', SQL_EXAMPLES)
    .action(async (agreement: string, opts: Record<string, unknown>) => {
      const { exportSqlCommand } = await import('./export-sql-command');
      setExitCode(
        await exportSqlCommand(
          {
            agreement,
            dialect: opts.dialect as (typeof DIALECTS)[number],
            from: opts.from as string | undefined,
            to: opts.to as string | undefined,
            period: opts.period as string | undefined,
            asOf: opts.asOf as string | undefined,
            metrics: opts.metric as string[] | undefined,
            tables: opts.table as string[] | undefined,
            out: opts.out as string | undefined,
          },
          io,
        ),
      );
    });

  exp
    .command('openslo')
    .description('write OpenSLO v1 Service, SLI and SLO documents of the agreement')
    .argument('<agreement>', 'the *.sla.yaml file, or - for standard input')
    .option('-o, --out <file>', 'write to a file (atomically) instead of standard output')
    .addHelpText('after', OPENSLO_EXAMPLES)
    .action(async (agreement: string, opts: { out?: string }) => {
      const { exportOpenSloCommand } = await import('./export-openslo-command');
      setExitCode(await exportOpenSloCommand({ agreement, out: opts.out }, io));
    });

  exp
    .command('prometheus')
    .description('write Sloth-compatible recording rules and burn-rate alerts for availability and ratio metrics')
    .argument('<agreement>', 'the *.sla.yaml file, or - for standard input')
    .option('--good <id=series>', 'the counter of good events of metric ID, a PromQL series selector (repeatable)', collect)
    .option('--total <id=series>', 'the counter of all events of metric ID (repeatable)', collect)
    .option('--from <period>', 'first period the calendars are written for (default: the start of the term)')
    .option('--to <period>', 'last period, included (default: the end of the term)')
    .option('-o, --out <file>', 'write to a file (atomically) instead of standard output')
    .addHelpText('after', PROMETHEUS_EXAMPLES)
    .action(async (agreement: string, opts: { good?: string[]; total?: string[]; from?: string; to?: string; out?: string }) => {
      const { exportPrometheusCommand } = await import('./export-prometheus-command');
      setExitCode(await exportPrometheusCommand({ agreement, ...opts }, io));
    });
}
