import { github } from './github';
import { gitlab } from './gitlab';
import { json } from './json';
import { junit } from './junit';
import { sarif } from './sarif';
import { stylish } from './stylish';
import { withSafeInput } from '../safe-input';
import type { LintFormatName } from './names';
import type { LintResult } from '../../lint/result';
import type { LintFormatOptions, LintFormatter } from './types';

export type { LintFormatter } from './types';

export { lintFormatNames, type LintFormatName } from './names';

/** Every `sla lint --format`; the CLI's choices are these keys, stylish first (the default). */
export const lintFormatters = withSafeInput<LintResult, LintFormatOptions, Record<LintFormatName, LintFormatter>>({
  stylish,
  json,
  sarif,
  junit,
  github,
  gitlab,
} satisfies Record<LintFormatName, LintFormatter>);

export const isLintFormatName = (name: string): name is LintFormatName =>
  Object.prototype.hasOwnProperty.call(lintFormatters, name);
