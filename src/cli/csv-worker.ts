import { isMainThread, parentPort, workerData } from 'worker_threads';
import { runRangesWorker, type RangesJob } from '../io/csv-ranges';
import { evaluationTarget } from './evaluation-target';

// The entry of a reader thread (built as dist/csv-worker.js): it reads the
// byte ranges it claims into an evaluation plan of its own and posts the
// plan's state for the main thread to merge (src/io/csv-parallel.ts).
if (!isMainThread && parentPort && (workerData as RangesJob | undefined)?.kind === 'sla-csv-ranges') {
  runRangesWorker(parentPort, workerData as RangesJob, evaluationTarget);
}
