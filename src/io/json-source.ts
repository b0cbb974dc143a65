import { InputError } from '../core/errors';
import { SOURCE_FORMATS } from '../core/source-formats';
import { RowError, type RowTarget, type SkippedRows, type SourcePlan } from '../rows';
import { pathText, recordPaths, recordsOf, RecordError, transformFor, type JsonRecord, type MadeRow, type PathPart, type RecordTransform } from '../sources';
import { dataChunks, type DataBytes } from './data-stream';
import { positioned, type DataPosition } from './data-position';
import { lineColumn, offsetOf, syntaxError } from './json-locate';
import { JsonValueSplitter, type JsonValueText } from './json-values';

export interface JsonReadOptions {
  skipInvalid: boolean;
  /** How many reasons a skipped-rows report keeps. */
  examples: number;
  /** The chunks to read instead of the file (a fetch). */
  chunks?: AsyncIterable<Buffer>;
}

interface Reader {
  plan: SourcePlan;
  transform: RecordTransform;
  emit: (row: MadeRow) => void;
  paths: readonly string[];
  named: boolean;
}

/**
 * Reads a JSON data file (one document, JSON lines, documents one after
 * another; .gz too) into the sinks of the sources that read it: each
 * value is cut out of the byte stream (json-values.ts), parsed by
 * JSON.parse, split into records, and each source's transform makes its
 * rows (src/sources). A bad value, record or cell is reported as
 * FILE:LINE:COLUMN: $.path: reason, located in the value's text only then.
 */
export async function readJsonFile(file: DataBytes & { sources: SourcePlan[] }, target: RowTarget, options: JsonReadOptions): Promise<SkippedRows | null> {
  const skipped: SkippedRows = { file: file.display, count: 0, examples: [] };
  const docs: JsonValueText[] = [];
  let current: JsonValueText | null = null;
  let lastBad = '';
  const keepDocs = file.sources.some((s) => SOURCE_FORMATS[s.format ?? 'json'].transformed === true);

  const docOf = (index: number): JsonValueText | null => (current?.index === index ? current : (docs[index] ?? null));
  const position = (record: JsonRecord, at: readonly PathPart[]): DataPosition => {
    const full = [...record.path, ...at];
    const doc = docOf(record.doc);
    if (!doc) return { line: 1, column: 1, path: pathText(full) };
    const { line, column } = lineColumn(doc.text, offsetOf(doc.text, full), doc.line, doc.column);
    return { line, column, path: pathText(full) };
  };
  const invalid = (reason: string, at: DataPosition, key: string): void => {
    const message = positioned(file.display, at, reason);
    if (!options.skipInvalid) throw new InputError(message);
    if (key === lastBad) return;
    lastBad = key;
    skipped.count++;
    if (skipped.examples.length < options.examples) skipped.examples.push(message);
  };
  const recordKey = (r: JsonRecord): string => `${r.doc}:${r.path.join('.')}`;
  const onRecordError = (e: RecordError): void => invalid(e.reason, position(e.record, e.at), recordKey(e.record));

  const readers: Reader[] = file.sources.map((plan) => {
    const sink = target.sink(plan.name);
    const { paths, named } = recordPaths(plan);
    const emit = (row: MadeRow): void => {
      try {
        sink.row(row.cells);
      } catch (e) {
        if (!(e instanceof RowError)) throw e;
        const from = row.origin(e.field);
        invalid(e.reason, position(from.record, from.at), recordKey(from.record));
      }
    };
    return { plan, transform: transformFor(plan, onRecordError), emit, paths, named };
  });

  const lines = file.sources.every((s) => s.format === 'jsonl');
  const splitter = new JsonValueSplitter(file.display, (value) => {
    current = value;
    if (keepDocs) docs[value.index] = value;
    let doc: unknown;
    try {
      doc = JSON.parse(value.text);
    } catch {
      const e = syntaxError(value.text);
      const at = lineColumn(value.text, e.at, value.line, value.column);
      invalid(`not valid JSON: ${e.reason}`, at, `doc ${value.index}`);
      return;
    }
    for (const r of readers) {
      const records = recordsOf(doc, value.index, r.paths, r.named);
      if (records === null) {
        invalid(`no '${r.paths[0]}' list of records here (data source '${r.plan.name}', records: ${r.paths[0]})`, { line: value.line, column: value.column, path: '$' }, `doc ${value.index}`);
        continue;
      }
      for (const record of records) r.transform.push(record, r.emit);
    }
  }, lines);
  for await (const chunk of options.chunks ?? dataChunks(file)) splitter.write(chunk);
  splitter.end();
  current = null;
  for (const r of readers) r.transform.end(r.emit);
  return skipped.count > 0 ? skipped : null;
}
