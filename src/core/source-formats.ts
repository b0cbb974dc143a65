import type { DataKind, DataSource, DurationForm, SourceFormat } from './model';

/**
 * What each data source format (schema: SourceFormat) is, as plain data the
 * readers (src/io, src/sources) and the engine (src/evaluate) share: what the
 * file holds, the defaults of its timestamps and durations, where JSON keeps
 * its records, and which of its columns play a role when the agreement does
 * not say. docs/sources/ has a page per format.
 */
export interface FormatSpec {
  /** The file's content: CSV, JSON (documents, lines or both), or either (told by its first character). */
  content: 'csv' | 'json' | 'csv-or-json';
  /** Kinds of data the format gives; `any` for general formats. */
  kinds: readonly DataKind[] | 'any';
  /** How its timestamps are written, when the data source does not say. */
  timestamps?: string;
  /** The zone of its timestamps without an offset, when the data source does not say (else the agreement's). */
  timezone?: string;
  durations?: DurationForm;
  /** Where a JSON document keeps its records, tried in order. */
  records?: readonly string[];
  /** Column roles by kind, when the agreement maps none. */
  roles?: Partial<Record<DataKind, Record<string, string>>>;
  /** Repeated header names are one column of several values (Jira's multi-value fields). */
  repeatedColumns?: boolean;
  /** Rows are made from the records by src/sources (events become items, series become counts). */
  transformed?: boolean;
}

/** File names whose content is told by their extension (a `csv-or-json` format reads others by their first character). */
export const JSON_NAME = /\.(json|jsonl|ndjson)(\.gz)?$/i;
export const CSV_NAME = /\.(csv|tsv)(\.gz)?$/i;

export const SOURCE_FORMATS: Readonly<Record<SourceFormat, FormatSpec>> = {
  csv: { content: 'csv', kinds: 'any' },
  jsonl: { content: 'json', kinds: 'any' },
  json: { content: 'json', kinds: 'any' },
  jira: { content: 'csv', kinds: 'any', timestamps: 'dd/MMM/yy h:mm a', repeatedColumns: true },
  servicenow: { content: 'csv-or-json', kinds: 'any', timestamps: 'yyyy-MM-dd HH:mm:ss', timezone: 'UTC', durations: 'servicenow', records: ['records', 'result'] },
  'zendesk-events': {
    content: 'json',
    kinds: ['items', 'intervals', 'events'],
    records: ['ticket_metric_events'],
    transformed: true,
    roles: { items: { id: 'item' }, intervals: { id: 'item', start: 'start', end: 'end' }, events: { time: 'time' } },
  },
  pagerduty: { content: 'csv-or-json', kinds: 'any', records: ['incidents'] },
  statuspage: { content: 'json', kinds: ['intervals'], records: ['incidents'], transformed: true, roles: { intervals: { id: 'incident', start: 'start', end: 'end' } } },
  prometheus: { content: 'json', kinds: ['counts'], timestamps: 'epoch-ms', records: ['data.result'], transformed: true, roles: { counts: { time: 'time' } } },
};

export function formatOf(def: Pick<DataSource, 'format'>): SourceFormat {
  return def.format ?? 'csv';
}

export function formatSpec(def: Pick<DataSource, 'format'>): FormatSpec {
  return SOURCE_FORMATS[formatOf(def)];
}

/** The column a role maps to: the agreement's, else the format's default for the kind. */
export function roleColumn(def: Pick<DataSource, 'format' | 'kind' | 'columns'>, role: string): string | undefined {
  return def.columns?.[role] ?? formatSpec(def).roles?.[def.kind]?.[role];
}
