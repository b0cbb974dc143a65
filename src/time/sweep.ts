import { union, type Interval } from './interval';

/** [start, end) in UTC ms with a value (a share of downtime, for example). */
export type Valued<T> = readonly [number, number, T];

/**
 * The time during which at least k of the lists cover an instant at once
 * (k-of-n: a region is down while k of its zones are). Each list is unioned
 * first, so a list's own overlaps count once. Sorted and merged.
 */
export function coveredByAtLeast(lists: readonly (readonly Interval[])[], k: number): Interval[] {
  const parts = lists.map((l) => union(l));
  const n = parts.reduce((sum, l) => sum + l.length, 0);
  if (!(k >= 1)) throw new RangeError(`coveredByAtLeast: k must be 1 or more, not ${k}`);
  if (n === 0) return [];
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  let at = 0;
  for (const l of parts) {
    for (const [s, e] of l) {
      starts[at] = s;
      ends[at++] = e;
    }
  }
  starts.sort();
  ends.sort();
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  let count = 0;
  let from = NaN;
  // at each instant where something starts or ends, take every change there, then look at the count
  while (i < n || j < n) {
    const t = i < n && starts[i]! < ends[j]! ? starts[i]! : ends[j]!;
    while (i < n && starts[i] === t) {
      count++;
      i++;
    }
    while (j < n && ends[j] === t) {
      count--;
      j++;
    }
    if (count >= k && Number.isNaN(from)) from = t;
    else if (count < k && !Number.isNaN(from)) {
      out.push([from, t]);
      from = NaN;
    }
  }
  return out;
}

/**
 * Where valued intervals overlap, the largest value counts: the result is
 * sorted, non-overlapping, and touching pieces of the same value are merged.
 * `compare` orders values (positive when a > b).
 */
export function largestValue<T>(pieces: readonly Valued<T>[], compare: (a: T, b: T) => number): Valued<T>[] {
  const sorted = pieces.filter((p) => p[0] < p[1]).sort((a, b) => a[0] - b[0]);
  const cuts = [...new Set(sorted.flatMap((p) => [p[0], p[1]]))].sort((a, b) => a - b);
  const heap = new Heap<Valued<T>>((a, b) => compare(a[2], b[2]) > 0);
  const out: [number, number, T][] = [];
  let next = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const t = cuts[c]!;
    while (next < sorted.length && sorted[next]![0] === t) heap.push(sorted[next++]!);
    while (heap.size > 0 && heap.top[1] <= t) heap.pop();
    if (heap.size === 0) continue;
    const value = heap.top[2];
    const last = out[out.length - 1];
    if (last && last[1] === t && compare(last[2], value) === 0) last[1] = cuts[c + 1]!;
    else out.push([t, cuts[c + 1]!, value]);
  }
  return out;
}

/** A binary heap whose top is the item `before` puts first. */
class Heap<T> {
  private readonly items: T[] = [];
  constructor(private readonly before: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  get top(): T {
    return this.items[0]!;
  }

  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!this.before(a[i]!, a[up]!)) break;
      [a[i], a[up]] = [a[up]!, a[i]!];
      i = up;
    }
  }

  pop(): void {
    const a = this.items;
    const last = a.pop()!;
    if (a.length === 0) return;
    a[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < a.length && this.before(a[l]!, a[best]!)) best = l;
      if (r < a.length && this.before(a[r]!, a[best]!)) best = r;
      if (best === i) return;
      [a[i], a[best]] = [a[best]!, a[i]!];
      i = best;
    }
  }
}
