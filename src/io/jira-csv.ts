import { InputError } from '../core/errors';
import { LIST_SEPARATOR } from '../rows/cells';
import { RowError, type RowTarget, type SkippedRows, type SourcePlan } from '../rows';
import { CsvReader } from './csv';
import { CellDecoder, type CsvCells } from './csv-decode';
import { unionOfColumns } from './csv-feed';
import { dataChunks, readError, type DataBytes } from './data-stream';
import { positioned } from './data-position';

/**
 * Reads a CSV export whose multi-value fields repeat their column (Jira
 * writes `Labels,Labels,Labels` and `Component/s,Component/s`): a name
 * the agreement uses is every column of that name, read as one list cell of
 * its non-empty values (one value is a plain cell). The header is read
 * first, to know how often each name repeats; then every column of a
 * wanted name is wanted, and the rows are joined for the sinks.
 */
export async function readRepeatedColumnsCsv(file: DataBytes & { sources: SourcePlan[] }, target: RowTarget, options: { skipInvalid: boolean; examples: number }): Promise<SkippedRows | null> {
  const chunks = dataChunks(file);
  const head: Buffer[] = [];
  const probe = new CsvReader(file.display, [], () => {});
  try {
    for (;;) {
      const next = await chunks.next();
      if (next.done) break;
      head.push(Buffer.from(next.value));
      probe.write(next.value);
      if (probe.header.length > 0) break;
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw readError(e, file.display);
  }
  if (probe.header.length === 0) probe.end();
  const header = probe.header;
  const union = unionOfColumns(file.sources);
  const wanted: string[] = [];
  const slotsOf = new Map<string, number[]>();
  for (const name of union) {
    const n = Math.max(1, header.filter((h) => h === name).length);
    const slots: number[] = [];
    for (let k = 0; k < n; k++) {
      slots.push(wanted.length);
      wanted.push(name);
    }
    slotsOf.set(name, slots);
  }

  const skipped: SkippedRows = { file: file.display, count: 0, examples: [] };
  let lastBadLine = -1;
  const invalid = (reason: string, at: { line: number; column: number }): void => {
    const message = positioned(file.display, at, reason);
    if (!options.skipInvalid) throw new InputError(message);
    if (reader.line === lastBadLine) return;
    lastBadLine = reader.line;
    skipped.count++;
    if (skipped.examples.length < options.examples) skipped.examples.push(message);
  };
  const decoder = new CellDecoder(wanted.length);
  const feeds = file.sources.map((s) => ({ sink: target.sink(s.name), slots: s.columns.map((c) => slotsOf.get(c)!) }));
  const onCells = (cells: CsvCells): void => {
    const texts = decoder.decodeRow(cells.bytes, cells.starts, cells.ends, cells.flags);
    for (const feed of feeds) {
      const fields = feed.slots.map((slots) => {
        if (slots.length === 1) return texts[slots[0]!]!;
        const values = slots.map((k) => texts[k]!).filter((v) => v.trim() !== '');
        return values.join(LIST_SEPARATOR);
      });
      try {
        feed.sink.row(fields);
      } catch (e) {
        if (!(e instanceof RowError)) throw e;
        invalid(e.reason, reader.positionOf(feed.slots[e.field]?.[0] ?? 0));
      }
    }
  };
  const reader: CsvReader = CsvReader.forCells(file.display, wanted, onCells, invalid);
  try {
    for (const chunk of head) reader.write(chunk);
    for (;;) {
      const next = await chunks.next();
      if (next.done) break;
      reader.write(next.value);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw readError(e, file.display);
  }
  reader.end();
  return skipped.count > 0 ? skipped : null;
}
