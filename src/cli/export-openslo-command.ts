import { stringify } from 'yaml';
import { escapeControls } from '../core/control-chars';
import { exportOpenSlo } from '../export/openslo/export';
import { checkOutput, writeOutput } from '../io/output';
import { readAgreementToExport } from './export-input';
import type { CliIO } from './io';

export interface ExportOpenSloOptions {
  agreement: string;
  out?: string;
}

/** `sla export openslo`: OpenSLO v1 documents; what OpenSLO cannot say is listed on stderr. */
export async function exportOpenSloCommand(options: ExportOpenSloOptions, io: CliIO): Promise<number> {
  const { agreement, inputs } = await readAgreementToExport(options.agreement, io);
  checkOutput({ io, out: options.out, inputs });
  const result = exportOpenSlo(agreement);
  for (const s of result.skipped) io.stderr.write(escapeControls(`sla: metric '${s.metric}' is not in the OpenSLO documents: ${s.reason}\n`));
  for (const k of result.kept) io.stderr.write(escapeControls(`sla: metric '${k.metric}': ${k.annotation} keeps what OpenSLO cannot say: ${k.reason}\n`));
  const text = result.documents.map((d) => `---\n${stringify(d, { lineWidth: 0 })}`).join('');
  await writeOutput(text, { io, out: options.out, inputs });
  return 0;
}
