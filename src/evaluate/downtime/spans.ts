import type { Interval, Valued } from '../../time';

/**
 * Sorted, disjoint [start, end) pairs in one array (s0, e0, s1, e1 ...):
 * a resource's downtime without an array per interval, which for 10,000
 * resources over a million rows was most of the garbage collector's work.
 */
export type Spans = Float64Array;

export const NO_SPANS: Spans = new Float64Array(0);

export function spansOf(list: readonly Interval[]): Spans {
  const out = new Float64Array(2 * list.length);
  list.forEach(([s, e], k) => {
    out[2 * k] = s;
    out[2 * k + 1] = e;
  });
  return out;
}

export function intervalsOf(spans: Spans): Interval[] {
  const out: Interval[] = [];
  for (let k = 0; k < spans.length; k += 2) out.push([spans[k]!, spans[k + 1]!]);
  return out;
}

/** The time sorted, non-overlapping pieces cover, touching ones merged. */
export function coveredBy(pieces: readonly Valued<unknown>[]): Interval[] {
  const out: [number, number][] = [];
  for (const [s, e] of pieces) {
    const last = out[out.length - 1];
    if (last && last[1] === s) last[1] = e;
    else out.push([s, e]);
  }
  return out;
}
