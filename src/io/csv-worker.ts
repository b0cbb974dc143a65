import * as fs from 'fs';
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { isSlaError } from '../core/errors';
import { planEvaluation, type EvaluateOptions, type SourcePlan } from '../evaluate';
import { CsvReader } from './csv';
import { createFeeder, unionOfColumns, type BadRow } from './csv-feed';

/** One byte range of a file for a worker thread: it starts and ends at row boundaries. */
export interface RangeJob {
  kind: 'sla-csv-range';
  agreement: unknown;
  options: EvaluateOptions;
  path: string;
  display: string;
  start: number;
  end: number;
  /** Whether `end` is the end of the file (the last row may lack a newline). */
  last: boolean;
  header: string[];
  sources: SourcePlan[];
  skipInvalid: boolean;
  examples: number;
}

/** What a range gives back; lines are counted from 1 at the range's first row. */
export interface RangeResult {
  state: unknown;
  lines: number;
  /** False when the range did not end at a row boundary (the split fell inside a quoted cell). */
  clean: boolean;
  skipped: number;
  examples: BadRow[];
  error: BadRow | null;
}

export type RangeMessage =
  | { type: 'bytes'; bytes: number }
  | { type: 'done'; result: RangeResult }
  | { type: 'fatal'; message: string; exitCode: number };

/** This module's file: workers are started on it (the build banner defines __filename in ESM chunks too). */
export const WORKER_SCRIPT: string = __filename;

class Stop {
  constructor(readonly bad: BadRow) {}
}

const CHUNK = 1 << 20;

/**
 * Evaluates one byte range with a plan of its own and returns the plan's
 * state for the main thread to merge. Synchronous and free of worker APIs,
 * so it also runs (and is tested) in-process.
 */
export function readRange(job: RangeJob, onBytes: (bytes: number) => void = () => {}): RangeResult {
  const plan = planEvaluation(job.agreement as Parameters<typeof planEvaluation>[0], job.options);
  const union = unionOfColumns(job.sources);
  const result: RangeResult = { state: null, lines: 0, clean: true, skipped: 0, examples: [], error: null };
  let lastBadLine = -1;
  const bad = (reason: string, at: { line: number; column: number }): void => {
    const row = { line: at.line, column: at.column, reason };
    if (!job.skipInvalid) throw new Stop(row);
    if (reader.line === lastBadLine) return;
    lastBadLine = reader.line;
    result.skipped++;
    if (result.examples.length < job.examples) result.examples.push(row);
  };
  const reader: CsvReader = CsvReader.forCells(job.display, union, createFeeder(job.sources, union, plan, (slot) => reader.positionOf(slot), bad), bad);
  reader.useHeader(job.header);
  const fd = fs.openSync(job.path, 'r');
  try {
    // one buffer for every chunk (the reader keeps no reference to it)
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, job.end - job.start));
    for (let at = job.start; at < job.end; ) {
      const buf = chunk.length <= job.end - at ? chunk : chunk.subarray(0, job.end - at);
      const n = fs.readSync(fd, buf, 0, buf.length, at);
      if (n <= 0) break;
      at += n;
      reader.write(n === buf.length ? buf : buf.subarray(0, n));
      onBytes(n);
    }
    if (job.last) reader.end();
    else result.clean = !reader.pending;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    result.error = e.bad;
  } finally {
    fs.closeSync(fd);
  }
  result.lines = reader.line - 1;
  result.state = plan.exportState();
  return result;
}

/** The typed arrays' buffers in a state, to move rather than copy them to the main thread. */
function buffersOf(value: unknown, out: Set<ArrayBuffer> = new Set()): Set<ArrayBuffer> {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) out.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const v of value) buffersOf(v, out);
  } else if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) buffersOf(v, out);
  }
  return out;
}

function runWorker(port: NonNullable<typeof parentPort>, job: RangeJob): void {
  let pending = 0;
  const post = (m: RangeMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);
  try {
    const result = readRange(job, (bytes) => {
      pending += bytes;
      if (pending >= 16 * CHUNK) {
        post({ type: 'bytes', bytes: pending });
        pending = 0;
      }
    });
    if (pending > 0) post({ type: 'bytes', bytes: pending });
    try {
      post({ type: 'done', result }, [...buffersOf(result.state)]);
    } catch {
      post({ type: 'done', result });
    }
  } catch (e) {
    const err = e as Error;
    post({ type: 'fatal', message: err?.message ?? String(e), exitCode: isSlaError(e) ? e.exitCode : 70 });
  }
}

if (!isMainThread && parentPort && (workerData as RangeJob | undefined)?.kind === 'sla-csv-range') {
  runWorker(parentPort, workerData as RangeJob);
}
