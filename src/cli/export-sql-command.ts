import { escapeControls } from '../core/control-chars';
import { UsageError } from '../core/errors';
import { exportSql } from '../export/sql/export';
import type { DialectName } from '../export/sql/dialects';
import { checkOutput, writeOutput } from '../io/output';
import { parseAsOf } from './evaluate-command';
import { pairs, readAgreementToExport } from './export-input';
import type { CliIO } from './io';

export interface ExportSqlOptions {
  agreement: string;
  dialect: DialectName;
  from?: string;
  to?: string;
  period?: string;
  asOf?: string;
  metrics?: string[];
  /** --table NAME=TABLE (repeatable). */
  tables?: string[];
  out?: string;
  now?: () => number;
}

/** `sla export sql`: the query that computes each metric's aggregates in the engine; metrics it cannot push down are named on stderr. */
export async function exportSqlCommand(options: ExportSqlOptions, io: CliIO): Promise<number> {
  if (options.period !== undefined && (options.from !== undefined || options.to !== undefined)) throw new UsageError('--period cannot be combined with --from or --to');
  const { agreement, inputs } = await readAgreementToExport(options.agreement, io);
  checkOutput({ io, out: options.out, inputs });
  const asOf = options.asOf === undefined ? (options.now ?? Date.now)() : parseAsOf(options.asOf, agreement.timezone);
  const result = exportSql(agreement, {
    dialect: options.dialect,
    asOf,
    from: options.period ?? options.from,
    to: options.period ?? options.to,
    metrics: options.metrics,
    tables: pairs('--table', options.tables ?? []),
  });
  for (const r of result.refused) io.stderr.write(escapeControls(`sla: metric '${r.metric}' is not in the query (evaluate it from its rows): ${r.reason}\n`));
  await writeOutput(result.sql, { io, out: options.out, inputs });
  return 0;
}
