import { InputError } from '../core/errors';
import { CSV_NAME, JSON_NAME, SOURCE_FORMATS } from '../core/source-formats';
import type { RowTarget, SkippedRows, SourcePlan } from '../rows';
import { firstBytes } from './data-stream';
import { readRepeatedColumnsCsv } from './jira-csv';
import { readJsonFile } from './json-source';

/** How a data file is read: by the CSV reader (and its threads), as JSON, or as CSV with repeated columns. */
export type FileContent = 'csv' | 'json' | 'repeated-columns';


/**
 * What a file holds, by its sources' format (core/source-formats): formats
 * that may be CSV or JSON (ServiceNow, PagerDuty) go by the file's name
 * (.json, .jsonl, .ndjson; .csv), else by its first character ({ or [ is
 * JSON). Sources that share a file must agree on its format.
 */
export function fileContent(file: { path: string; display: string; sources: SourcePlan[] }): FileContent {
  const formats = [...new Set(file.sources.map((s) => s.format ?? 'csv'))];
  if (formats.length > 1) {
    throw new InputError(`data sources ${file.sources.map((s) => `'${s.name}'`).join(', ')} read ${file.display} as different formats (${formats.join(', ')})`);
  }
  const spec = SOURCE_FORMATS[formats[0]!];
  if (spec.content === 'json') return 'json';
  if (spec.content === 'csv') return spec.repeatedColumns ? 'repeated-columns' : 'csv';
  if (JSON_NAME.test(file.path)) return 'json';
  if (CSV_NAME.test(file.path)) return 'csv';
  const head = firstBytes(file.path);
  if (head === null) return 'csv';
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('{') || text.startsWith('[') ? 'json' : 'csv';
}

export interface OtherFormatOptions {
  skipInvalid: boolean;
  stdin: NodeJS.ReadableStream;
  onBytes?: (bytes: number) => void;
  examples: number;
}

/** Reads a file that is not plain CSV into the sinks of its sources. */
export async function readOtherFormat(
  file: { path: string; display: string; sources: SourcePlan[] },
  content: Exclude<FileContent, 'csv'>,
  target: RowTarget,
  options: OtherFormatOptions,
): Promise<SkippedRows | null> {
  const bytes = { path: file.path, display: file.display, stdin: options.stdin, onBytes: options.onBytes, sources: file.sources };
  const how = { skipInvalid: options.skipInvalid, examples: options.examples };
  return content === 'json' ? readJsonFile(bytes, target, how) : readRepeatedColumnsCsv(bytes, target, how);
}
