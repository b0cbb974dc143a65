import { stringify } from 'yaml';
import { escapeControls } from '../core/control-chars';
import { UsageError } from '../core/errors';
import { exportPrometheus } from '../export/prometheus/export';
import { checkOutput, writeOutput } from '../io/output';
import { formatInstant, getZone } from '../time';
import { pairs, readAgreementToExport } from './export-input';
import type { CliIO } from './io';

export interface ExportPrometheusOptions {
  agreement: string;
  /** --good ID=SERIES and --total ID=SERIES (repeatable). */
  good?: string[];
  total?: string[];
  from?: string;
  to?: string;
  out?: string;
}

/** `sla export prometheus`: Sloth-compatible recording rules and burn-rate alerts; metrics without rules are named on stderr. */
export async function exportPrometheusCommand(options: ExportPrometheusOptions, io: CliIO): Promise<number> {
  const good = pairs('--good', options.good ?? []);
  const total = pairs('--total', options.total ?? []);
  for (const id of Object.keys(good)) if (!(id in total)) throw new UsageError(`--good ${id}=... needs --total ${id}=... (the counter of all its events)`);
  for (const id of Object.keys(total)) if (!(id in good)) throw new UsageError(`--total ${id}=... needs --good ${id}=... (the counter of its good events)`);
  const { agreement, inputs } = await readAgreementToExport(options.agreement, io);
  checkOutput({ io, out: options.out, inputs });
  const series = Object.fromEntries(Object.keys(good).map((id) => [id, { good: good[id]!, total: total[id]! }]));
  const result = exportPrometheus(agreement, { from: options.from, to: options.to, series });
  for (const s of result.skipped) io.stderr.write(escapeControls(`sla: metric '${s.metric}' has no rules: ${s.reason}\n`));
  if (result.groups.length === 0) throw new UsageError('no metric has rules: name the counters of an availability or ratio metric with --good ID=SERIES --total ID=SERIES');
  const zone = getZone(agreement.timezone);
  const header =
    `# sla export prometheus: agreement ${escapeControls(agreement.id)}; rules in Sloth's names (https://sloth.dev).\n` +
    `# Business hours and maintenance are written for ${formatInstant(result.range.start, zone)} to ${formatInstant(result.range.end, zone)}` +
    ' (the window is closed outside it): export again for the next term.\n';
  await writeOutput(header + stringify({ groups: result.groups }, { lineWidth: 0 }), { io, out: options.out, inputs });
  return 0;
}
