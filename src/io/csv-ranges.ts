import * as fs from 'fs';
import type { MessagePort } from 'worker_threads';
import { isSlaError } from '../core/errors';
import type { MergeableTarget, SourcePlan } from '../rows';
import { createStructuralIndex, CsvReader, type StructuralIndex } from './csv';
import { createFeeder, unionOfColumns, type BadRow } from './csv-feed';

/** One byte range of a file; it starts and ends at row boundaries. */
export interface ByteRange {
  start: number;
  end: number;
  /** Whether `end` is the end of the file (the last row may lack a newline). */
  last: boolean;
}

/** What every thread reading a file needs to make its target and read its ranges. */
export interface FileJob {
  /** Plain data from which each thread makes a target of its own (see TargetFactory). */
  setup: unknown;
  path: string;
  display: string;
  header: string[];
  sources: SourcePlan[];
  skipInvalid: boolean;
  examples: number;
}

/** One range with a target of its own (readRange). */
export interface RangeJob extends FileJob, ByteRange {
  kind: 'sla-csv-range';
}

/**
 * A file cut into many ranges that threads claim one at a time through a
 * shared counter, so a thread that starts late or runs slow (a busy core)
 * simply reads fewer of them.
 */
export interface RangesJob extends FileJob {
  kind: 'sla-csv-ranges';
  ranges: ByteRange[];
  /** Int32Array over a SharedArrayBuffer: [0] is the next range to claim. */
  claim: Int32Array;
}

/** How one range went; lines are counted from 1 at the range's first row. */
export interface RangeOutcome {
  index: number;
  lines: number;
  /** False when the range did not end at a row boundary (the split fell inside a quoted cell). */
  clean: boolean;
  skipped: number;
  examples: BadRow[];
  error: BadRow | null;
}

/** One range's outcome and its target's state. */
export interface RangeResult extends Omit<RangeOutcome, 'index'> {
  state: unknown;
}

/** A thread's ranges: one state for all of them (states add up), an outcome each. */
export interface RangesResult {
  state: unknown;
  outcomes: RangeOutcome[];
}

export type RangeMessage =
  | { type: 'bytes'; bytes: number }
  | { type: 'done'; result: RangesResult }
  | { type: 'fatal'; message: string; exitCode: number | null };

/**
 * Makes a thread's own target from a job's `setup`. The reader knows bytes
 * and rows only; what the rows feed (an evaluation plan) is the caller's, so
 * a worker thread's script (src/cli/csv-worker.ts) passes its factory in.
 */
export type TargetFactory = (setup: unknown) => MergeableTarget;

class Stop {
  constructor(readonly bad: BadRow) {}
}

const CHUNK = 1 << 20;

/** What the ranges a thread reads one after another share. */
interface Shared {
  /** The buffer every read goes into. */
  chunk: Buffer;
  index: StructuralIndex | null;
}

function shared(size: number): Shared {
  return { chunk: Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, size))), index: createStructuralIndex() };
}

/**
 * A reader of ranges into `target`, one after another: the same reader (and
 * so the same warmed-up code) for every range, restarted at each.
 */
function rangeReader(target: MergeableTarget, job: FileJob, use: Shared): (range: ByteRange, index: number, onBytes: (bytes: number) => void) => RangeOutcome {
  const union = unionOfColumns(job.sources);
  let outcome: RangeOutcome = { index: 0, lines: 0, clean: true, skipped: 0, examples: [], error: null };
  let lastBadLine = -1;
  const bad = (reason: string, at: { line: number; column: number }): void => {
    const row = { line: at.line, column: at.column, reason };
    if (!job.skipInvalid) throw new Stop(row);
    if (reader.line === lastBadLine) return;
    lastBadLine = reader.line;
    outcome.skipped++;
    if (outcome.examples.length < job.examples) outcome.examples.push(row);
  };
  const feed = createFeeder(job.sources, union, target, (slot) => reader.positionOf(slot), bad);
  const reader: CsvReader = CsvReader.forCells(job.display, union, feed, bad, { index: use.index });
  reader.useHeader(job.header);
  const chunk = use.chunk;
  return (range, index, onBytes) => {
    outcome = { index, lines: 0, clean: true, skipped: 0, examples: [], error: null };
    lastBadLine = -1;
    reader.restart();
    const fd = fs.openSync(job.path, 'r');
    try {
      for (let at = range.start; at < range.end; ) {
        const buf = chunk.length <= range.end - at ? chunk : chunk.subarray(0, range.end - at);
        const n = fs.readSync(fd, buf, 0, buf.length, at);
        if (n <= 0) break;
        at += n;
        reader.write(n === buf.length ? buf : buf.subarray(0, n));
        onBytes(n);
      }
      if (range.last) reader.end();
      else outcome.clean = !reader.pending;
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      outcome.error = e.bad;
    } finally {
      fs.closeSync(fd);
    }
    outcome.lines = reader.line - 1;
    return outcome;
  };
}

/**
 * Reads one byte range into a target of its own and returns the target's
 * state for another thread to merge. Synchronous and free of worker APIs.
 */
export function readRange(job: RangeJob, makeTarget: TargetFactory, onBytes: (bytes: number) => void = () => {}): RangeResult {
  const target = makeTarget(job.setup);
  const { index: _, ...outcome } = rangeReader(target, job, shared(job.end - job.start))(job, 0, onBytes);
  return { ...outcome, state: target.exportState() };
}

/**
 * Claims ranges until none is left, reading them all into one target of its
 * own. Synchronous and free of worker APIs: the main thread runs it too,
 * beside the workers.
 */
export function readRanges(job: RangesJob, makeTarget: TargetFactory, onBytes: (bytes: number) => void = () => {}): RangesResult {
  const target = makeTarget(job.setup);
  const read = rangeReader(target, job, shared(CHUNK));
  const outcomes: RangeOutcome[] = [];
  for (let i = Atomics.add(job.claim, 0, 1); i < job.ranges.length; i = Atomics.add(job.claim, 0, 1)) {
    const outcome = read(job.ranges[i]!, i, onBytes);
    outcomes.push(outcome);
    // the run stops at its first bad row: ranges after this one need no reading
    if (outcome.error) Atomics.store(job.claim, 0, job.ranges.length);
  }
  return { state: target.exportState(), outcomes };
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

/**
 * A worker thread's whole work: read the ranges it claims into a target of
 * its own and post the target's state (or the error that stopped it; an error
 * that is not an SlaError is a crash, reported without an exit code so the
 * main thread treats it as an internal error).
 */
export function runRangesWorker(port: MessagePort, job: RangesJob, makeTarget: TargetFactory): void {
  let pending = 0;
  const post = (m: RangeMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(m, transfer);
  try {
    const result = readRanges(job, makeTarget, (bytes) => {
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
    post({ type: 'fatal', message: err?.message ?? String(e), exitCode: isSlaError(e) ? e.exitCode : null });
  }
}
