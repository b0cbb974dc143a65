import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { InputError, UsageError } from '../core/errors';
import type { MergeableTarget, RowTarget, SkippedRows, SourcePlan } from '../rows';
import { suggest } from '../core/suggest';
import { describeErrno } from './errno';
import { CsvReader, type CsvPosition } from './csv';
import { createFeeder, unionOfColumns } from './csv-feed';
import { readInParallel, type ParallelOptions } from './csv-parallel';
import { checkDataPath } from './data-paths';
import { fileContent, readOtherFormat } from './source-file';

/** One file to read once, and the data sources fed from each of its rows. */
export interface DataFile {
  /** Absolute path, or '-' for stdin. */
  path: string;
  /** How messages name it: relative to the working directory. */
  display: string;
  sources: SourcePlan[];
}

export interface LocateOptions {
  agreementDir: string;
  cwd: string;
  /** --data NAME=FILE, paths relative to cwd. */
  overrides: Record<string, string>;
  /** Every data source the agreement declares (overrides may name unused ones). */
  declared: string[];
  /** --allow-outside-data: read an agreement's `file` wherever it points (data-paths.ts). */
  allowOutside?: boolean;
}

/** Resolves each planned source to its file and groups sources that share one. */
export function locateDataFiles(sources: SourcePlan[], options: LocateOptions): DataFile[] {
  for (const name of Object.keys(options.overrides)) {
    if (!options.declared.includes(name)) {
      const hint = suggest(name, options.declared);
      throw new UsageError(
        `--data ${name}=...: the agreement has no data source '${name}'` +
          (hint ? ` (did you mean '${hint}'?)` : ` (data sources: ${options.declared.join(', ')})`),
      );
    }
  }
  const files = new Map<string, DataFile>();
  for (const source of sources) {
    const given = options.overrides[source.name];
    let file: string;
    let display: string;
    if (given === '-') {
      file = display = '-';
    } else if (given !== undefined) {
      file = path.resolve(options.cwd, given);
      display = given;
    } else if (source.file !== undefined) {
      file = path.resolve(options.agreementDir, source.file);
      checkDataPath(source.name, source.file, file, { root: options.agreementDir, allowOutside: options.allowOutside === true });
      display = path.relative(options.cwd, file) || file;
    } else {
      throw new UsageError(`data source '${source.name}' names no file: pass --data ${source.name}=FILE`);
    }
    const group = files.get(file) ?? { path: file, display: file === '-' ? '<stdin>' : display, sources: [] };
    group.sources.push(source);
    files.set(file, group);
  }
  return [...files.values()];
}

export interface ReadOptions {
  skipInvalid: boolean;
  stdin: NodeJS.ReadableStream;
  /** Bytes read from the file (compressed bytes for .gz), for a progress bar. */
  onBytes?: (bytes: number) => void;
  /** Split large plain files across worker threads (each makes a target of its own from `parallel.setup`). */
  parallel?: ParallelOptions;
}

const EXAMPLES = 5;

/** Reads one file into the sinks of its sources: on worker threads when it is large, else streamed here. */
export async function readDataFile(file: DataFile, target: MergeableTarget, options: ReadOptions): Promise<SkippedRows | null> {
  const content = fileContent(file);
  if (content !== 'csv') return readOtherFormat(file, content, target, { ...options, examples: EXAMPLES });
  if (options.parallel && file.path !== '-' && !/\.gz$/i.test(file.path)) {
    let done: Awaited<ReturnType<typeof readInParallel>>;
    try {
      // not a spread of options: that would read its stdin, which costs milliseconds to make
      done = await readInParallel(file, target, { skipInvalid: options.skipInvalid, examples: EXAMPLES, onBytes: options.onBytes, parallel: options.parallel });
    } catch (e) {
      throw asInputError(e, file.display);
    }
    if (done !== 'fallback') return done;
  }
  return streamDataFile(file, target, options);
}

/** Streams one file through the CSV reader into the sinks of its sources. */
export async function streamDataFile(file: DataFile, target: RowTarget, options: ReadOptions): Promise<SkippedRows | null> {
  const union = unionOfColumns(file.sources);
  const skipped: SkippedRows = { file: file.display, count: 0, examples: [] };
  let lastBadLine = -1;
  const invalid = (reason: string, at: CsvPosition): void => {
    const message = `${file.display}:${at.line}:${at.column}: ${reason}`;
    if (!options.skipInvalid) throw new InputError(message);
    if (reader.line === lastBadLine) return;
    lastBadLine = reader.line;
    skipped.count++;
    if (skipped.examples.length < EXAMPLES) skipped.examples.push(message);
  };
  const reader: CsvReader = CsvReader.forCells(file.display, union, createFeeder(file.sources, union, target, (slot) => reader.positionOf(slot), invalid), invalid);
  try {
    if (file.path !== '-' && !/\.gz$/i.test(file.path)) await readPlain(file.path, reader, options.onBytes);
    else for await (const chunk of open(file, options)) reader.write(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer));
  } catch (e) {
    throw asInputError(e, file.display);
  }
  reader.end();
  return skipped.count > 0 ? skipped : null;
}

const CHUNK = 1 << 20;

/**
 * A plain file in 1 MB chunks through two buffers: the next chunk is read
 * (on libuv's thread pool, so on another core when one is free) while this
 * one is parsed, and no buffer per chunk is left to collect.
 */
async function readPlain(path: string, reader: CsvReader, onBytes?: (bytes: number) => void): Promise<void> {
  const file = await fs.promises.open(path, 'r');
  let next: Promise<{ bytesRead: number }> | undefined;
  try {
    let filling = Buffer.allocUnsafe(CHUNK);
    let ready = Buffer.allocUnsafe(CHUNK);
    next = file.read(filling, 0, CHUNK, null);
    for (;;) {
      const n = (await next).bytesRead;
      if (n <= 0) break;
      [filling, ready] = [ready, filling];
      next = file.read(filling, 0, CHUNK, null);
      reader.write(n === CHUNK ? ready : ready.subarray(0, n));
      onBytes?.(n);
    }
  } finally {
    // a row error can stop the loop with a read in flight: let it land first
    await next?.catch(() => undefined);
    await file.close();
  }
}

function open(file: DataFile, options: ReadOptions): NodeJS.ReadableStream {
  if (file.path === '-') return options.stdin;
  const raw = fs.createReadStream(file.path, { highWaterMark: 1 << 20 });
  if (options.onBytes) {
    const report = options.onBytes;
    raw.on('data', (chunk) => report(chunk.length));
  }
  if (!/\.gz$/i.test(file.path)) return raw;
  const gunzip = zlib.createGunzip({ chunkSize: 1 << 20 });
  raw.on('error', (e) => gunzip.destroy(e));
  return raw.pipe(gunzip);
}

function asInputError(e: unknown, display: string): unknown {
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.code !== 'string') return e;
  if (err.code.startsWith('Z_')) return new InputError(`${display}: not a valid gzip file (${err.message})`);
  return new InputError(`cannot read ${display}: ${describeErrno(err)}`);
}
