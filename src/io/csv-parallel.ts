import * as fs from 'fs';
import type { Worker } from 'worker_threads';
import { InputError, SlaError } from '../core/errors';
import type { MergeableTarget, SkippedRows, SourcePlan } from '../rows';
import { CsvReader } from './csv';
import { unionOfColumns, type BadRow } from './csv-feed';
import { readRanges, type RangeMessage, type RangesJob, type RangesResult, type TargetFactory } from './csv-ranges';

/** Below this a file is read on the main thread: starting workers costs more than it saves. */
export const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;

export interface ParallelOptions {
  threads: number;
  /**
   * Plain data from which every thread, this one included, makes a target
   * like the one being filled (`makeTarget` here, the script's own factory in
   * a worker); their states merge into it.
   */
  setup: unknown;
  makeTarget: TargetFactory;
  /** The worker thread's script (it calls runRangesWorker with the same factory); a .ts file (under ts-jest) means no workers. */
  script: string;
  minBytes?: number;
}

export interface ParallelFile {
  path: string;
  display: string;
  sources: SourcePlan[];
}

const FALLBACK = 'fallback' as const;
const HEAD = 1 << 20;

class HeaderRead {}

/** Reads the header from the file's first megabyte: its names, where it ends, and on which line the data starts. */
function readHeader(fd: number, file: ParallelFile, union: string[]): { names: string[]; end: number; firstLine: number } | null {
  const buf = Buffer.alloc(HEAD);
  const n = fs.readSync(fd, buf, 0, HEAD, 0);
  const reader = new CsvReader(file.display, union, () => {
    throw new HeaderRead();
  });
  try {
    reader.write(buf.subarray(0, n));
  } catch (e) {
    if (!(e instanceof HeaderRead)) throw e;
  }
  if (reader.headerEnd < 0) return null;
  let firstLine = 1;
  for (let k = 0; k < reader.headerEnd; k++) if (buf[k] === 10) firstLine++;
  return { names: reader.header, end: reader.headerEnd, firstLine };
}

/** Ranges of about this size: small enough that no thread waits long for the last one. */
const RANGE_BYTES = 16 << 20;

/** Cuts [start, size) into about `parts` ranges, each ending just after a newline. */
function splitAt(fd: number, start: number, size: number, parts: number): number[] | null {
  const cuts = [start];
  const probe = Buffer.alloc(1 << 16);
  for (let k = 1; k < parts; k++) {
    const at = start + Math.floor(((size - start) * k) / parts);
    const n = fs.readSync(fd, probe, 0, probe.length, at);
    const nl = probe.subarray(0, n).indexOf(10);
    if (nl < 0) return null;
    const cut = at + nl + 1;
    if (cut > cuts[cuts.length - 1] && cut < size) cuts.push(cut);
  }
  cuts.push(size);
  return cuts;
}

function runJob(script: string, job: RangesJob, workers: Worker[], onBytes?: (bytes: number) => void): Promise<RangesResult> {
  return new Promise((resolve, reject) => {
    // loaded here, where a file is large enough for threads: requiring it cost every run ~2.5 ms
    const { Worker: Thread } = require('worker_threads') as typeof import('worker_threads');
    const worker = new Thread(script, { workerData: job });
    workers.push(worker);
    let settled = false;
    worker.on('message', (m: RangeMessage) => {
      if (m.type === 'bytes') onBytes?.(m.bytes);
      else if (m.type === 'done') {
        settled = true;
        resolve(m.result);
      } else {
        settled = true;
        reject(m.exitCode === null ? new Error(`a reader thread failed: ${m.message}`) : new SlaError(m.message, m.exitCode));
      }
    });
    worker.on('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`a reader thread stopped (exit code ${code})`));
    });
  });
}

/**
 * Reads one plain file in ranges that this thread and the workers claim one
 * at a time (a late or slow thread reads fewer), each thread reading its
 * ranges into a target of its own, and merges their states into `target`.
 * Resolves to 'fallback' (nothing merged) when the file is small, cannot be
 * split at row boundaries, or the workers cannot start: the caller then
 * reads it on this thread. Line numbers in messages are absolute, computed
 * from the line counts of the ranges before.
 */
export async function readInParallel(
  file: ParallelFile,
  target: MergeableTarget,
  options: { skipInvalid: boolean; examples: number; onBytes?: (bytes: number) => void; parallel: ParallelOptions },
): Promise<SkippedRows | null | typeof FALLBACK> {
  const { parallel } = options;
  const script = parallel.script;
  if (parallel.threads < 2 || /\.ts$/.test(script)) return FALLBACK;
  const size = fs.statSync(file.path).size;
  if (size < (parallel.minBytes ?? PARALLEL_MIN_BYTES)) return FALLBACK;
  const union = unionOfColumns(file.sources);
  const fd = fs.openSync(file.path, 'r');
  let header: ReturnType<typeof readHeader>;
  let cuts: number[] | null;
  try {
    header = readHeader(fd, file, union);
    const parts = header && Math.max(parallel.threads, Math.min(16 * parallel.threads, Math.ceil((size - header.end) / RANGE_BYTES)));
    cuts = header && splitAt(fd, header.end, size, parts!);
  } finally {
    fs.closeSync(fd);
  }
  if (!header || !cuts || cuts.length < 3) return FALLBACK;
  const job: RangesJob = {
    kind: 'sla-csv-ranges',
    setup: parallel.setup,
    path: file.path,
    display: file.display,
    header: header.names,
    sources: file.sources,
    skipInvalid: options.skipInvalid,
    examples: options.examples,
    ranges: cuts.slice(0, -1).map((start, k) => ({ start, end: cuts![k + 1]!, last: k === cuts!.length - 2 })),
    claim: new Int32Array(new SharedArrayBuffer(4)),
  };
  let results: RangesResult[];
  const workers: Worker[] = [];
  try {
    const others = Promise.all(Array.from({ length: parallel.threads - 1 }, () => runJob(script, job, workers, options.onBytes)));
    others.catch(() => {}); // awaited below, after this thread's ranges
    const mine = readRanges(job, parallel.makeTarget, options.onBytes);
    results = [mine, ...(await others)];
  } catch (e) {
    for (const w of workers) void w.terminate();
    if (e instanceof SlaError) throw e;
    return FALLBACK;
  }
  const outcomes = new Map(results.flatMap((r) => r.outcomes).map((o) => [o.index, o]));
  const firstLines: number[] = [];
  let line = header.firstLine;
  for (let k = 0; k < job.ranges.length; k++) {
    const r = outcomes.get(k);
    // ranges go unread only after a bad row, which is reported before them
    if (!r) return FALLBACK;
    firstLines.push(line);
    if (r.error) {
      const at = absolute(r.error, line);
      throw new InputError(`${file.display}:${at.line}:${at.column}: ${at.reason}`);
    }
    if (!r.clean) return FALLBACK;
    line += r.lines;
  }
  for (const r of results) target.importState(r.state);
  const ordered = [...outcomes.values()].sort((a, b) => a.index - b.index);
  const examples = ordered.flatMap((r) => r.examples.map((bad) => absolute(bad, firstLines[r.index]!)));
  const count = ordered.reduce((sum, r) => sum + r.skipped, 0);
  if (count === 0) return null;
  return {
    file: file.display,
    count,
    examples: examples.slice(0, options.examples).map((b) => `${file.display}:${b.line}:${b.column}: ${b.reason}`),
  };
}

function absolute(bad: BadRow, firstLine: number): BadRow {
  return { ...bad, line: firstLine + bad.line - 1 };
}
