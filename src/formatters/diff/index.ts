import { github } from './github';
import { json } from './json';
import { junit } from './junit';
import { markdown } from './markdown';
import type { DiffFormatName } from './names';
import { text } from './text';
import type { DiffFormatter } from './types';

export type { DiffFormatter, DiffReport, Spot } from './types';
export { type DiffFormatName, type FailOn } from './names';
export { diffExitCode } from './counts';

/** Every `sla diff --format`; the CLI's choices are these keys, text first (the default). */
export const diffFormatters = {
  text,
  json,
  markdown,
  github,
  junit,
} satisfies Record<DiffFormatName, DiffFormatter>;
