import { Option, type Command } from 'commander';
import { evaluateFormatNames, type EvaluateFormatName } from '../formatters/evaluate/names';
import type { CliIO } from './io';
import type { SetExitCode } from './program';

export type FailOn = 'never' | 'breach' | 'at-risk';

const EXAMPLES = `
Examples:
  $ sla evaluate shop.sla.yaml --from 2026-09 --to 2026-11
  $ sla evaluate shop.sla.yaml --period 2026-Q3 --format md --out report.md
  $ sla evaluate shop.sla.yaml --data requests=export.csv.gz --as-of 2026-12-01
  $ zcat today.csv.gz | sla evaluate shop.sla.yaml --data requests=- --format json
  $ git show main:shop.sla.yaml | sla evaluate - --data requests=requests.csv
  $ sla evaluate support.sla.yaml --period 2026-05 --items --format json
  $ sla evaluate trusted/shop.sla.yaml --allow-outside-data   # its file: ../exports/x.csv
  $ sla evaluate checkout.sla.yaml --fetch --period 2026-11   # query Prometheus
  $ sla evaluate shop.sla.yaml --aggregates result.csv   # the result of sla export sql's query

Data files named in the agreement are read only from its folder and below,
never from hidden files or through links that leave it; --data NAME=FILE and
--allow-outside-data (for agreements you trust) read from anywhere.

Exit codes: 0 every target met (or at risk, excused, no data); 1 a target
breached (see --fail-on); 2 bad input or usage, an agreement with lint
errors, a data file outside the agreement's folder.
`;

export function registerEvaluate(program: Command, io: CliIO, setExitCode: SetExitCode): void {
  const collect = (v: string, prev: string[] = []): string[] => [...prev, v];
  program
    .command('evaluate')
    .description('measure an agreement against exported metric data: met, breached, credits owed')
    .argument('<agreement>', 'the *.sla.yaml file, or - for standard input')
    .option('--data <name=file>', "read a data source from FILE instead of its `file` (repeatable; - is standard input)", collect)
    .option('--from <period>', 'first period to evaluate (a label: 2026-09, 2026-W36, 2026-Q3, 2026)')
    .option('--to <period>', 'last period to evaluate, included')
    .option('--period <period>', 'evaluate just this period')
    .option('--as-of <time>', 'evaluate as if it were this instant (default: now); local times are in the agreement zone')
    .option('--metric <id>', 'evaluate only this metric (repeatable)', collect)
    .addOption(new Option('-f, --format <format>', 'output format').choices([...evaluateFormatNames]).default('table'))
    .option('-o, --out <file>', 'write the report to a file (atomically) instead of standard output')
    .addOption(new Option('--fail-on <when>', 'when to exit 1').choices(['never', 'breach', 'at-risk']).default('breach'))
    .option('--skip-invalid', 'skip rows with bad cells (counted and reported) instead of stopping', false)
    .option('--allow-outside-data', "read data files the agreement names outside its own folder (absolute, .., hidden, linked out)", false)
    .option('--items', 'also list every item of the duration metrics: its clocks, due instants and verdicts (table, json)', false)
    .option('--fetch', 'query the Prometheus server of each `format: prometheus` source that names one (network access), instead of reading its file', false)
    .option('--aggregates <file>', 'read the metrics it covers from the result of `sla export sql` (CSV or JSON) instead of their rows')
    .addHelpText('after', EXAMPLES)
    .action(async (agreement: string, opts: Record<string, unknown>) => {
      const { evaluateCommand } = await import('./evaluate-command');
      setExitCode(
        await evaluateCommand(
          {
            agreement,
            data: opts.data as string[] | undefined,
            from: opts.from as string | undefined,
            to: opts.to as string | undefined,
            period: opts.period as string | undefined,
            asOf: opts.asOf as string | undefined,
            metrics: opts.metric as string[] | undefined,
            format: opts.format as EvaluateFormatName,
            out: opts.out as string | undefined,
            failOn: opts.failOn as FailOn,
            skipInvalid: opts.skipInvalid === true,
            allowOutsideData: opts.allowOutsideData === true,
            items: opts.items === true,
            fetch: opts.fetch === true,
            aggregates: opts.aggregates as string | undefined,
          },
          io,
        ),
      );
    });
}
