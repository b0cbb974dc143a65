import type { RowTarget, SkippedRows, SourcePlan } from '../rows';
import { readJsonFile } from './json-source';
import { createStepProgress } from './progress';
import { fetchRange, rangeFetch } from './prometheus-fetch';

/**
 * Reads a `format: prometheus` source from its server instead of a file:
 * its range queries over [from, to], in chunks, read as the file form is.
 */
export async function fetchSource(
  source: SourcePlan,
  target: RowTarget,
  options: { from: number; to: number; skipInvalid: boolean; stderr: { write(s: string): unknown; isTTY?: boolean } },
): Promise<SkippedRows | null> {
  const f = rangeFetch(source, options.from, options.to);
  const progress = createStepProgress(options.stderr, `fetching ${source.name} from ${f.url}`);
  try {
    return await readJsonFile(
      { path: f.url, display: `${f.url} (data source ${source.name})`, sources: [source] },
      target,
      { skipInvalid: options.skipInvalid, examples: 5, chunks: fetchRange(f, progress.step) },
    );
  } finally {
    progress.done();
  }
}
