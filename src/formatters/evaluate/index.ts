import { csv } from './csv';
import { html } from './html';
import { json } from './json';
import { junit } from './junit';
import { md } from './md';
import { table } from './table';
import { withoutControls } from '../../core/control-chars';
import { withSafeInput } from '../safe-input';
import type { Evaluation } from '../../evaluate/result';
import type { EvaluateFormatOptions, EvaluateFormatter } from './types';

export type { EvaluateFormatOptions, EvaluateFormatter, ReportTemplates } from './types';

import type { EvaluateFormatName } from './names';

export { evaluateFormatNames, type EvaluateFormatName } from './names';

/** Every `sla evaluate --format`; the CLI's choices are these keys, table first (the default). */
export const evaluateFormatters = withSafeInput<Evaluation, EvaluateFormatOptions, Record<EvaluateFormatName, EvaluateFormatter>>(
  {
    table,
    json,
    md,
    html,
    csv,
    junit,
  } satisfies Record<EvaluateFormatName, EvaluateFormatter>,
  (options) => ({ ...options, context: withoutControls(options.context) }),
);
