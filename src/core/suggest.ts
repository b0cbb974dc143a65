/**
 * Edit distance, case-insensitive, counting insertions, deletions,
 * substitutions and swaps of neighbours (`titel` is one edit from `title`).
 */
export function distance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  // Three rows of the table (a swap looks two rows back), reused: a "did you
  // mean" for each of 10,000 unknown keys compares each with every known key.
  let before = new Int32Array(b.length + 1);
  let last = new Int32Array(b.length + 1);
  for (let j = 1; j <= b.length; j++) last[j] = j;
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, before[j - 2]! + 1);
      row[j] = d;
    }
    [before, last, row] = [last, row, before];
  }
  return last[b.length]!;
}

/**
 * The candidate closest to `word`, for "did you mean" hints: at most one edit
 * per three characters away (so `trget` finds `target` and `monthly` finds
 * `month`, but `id` does not find `to`). Ties go to the earlier candidate.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const allowed = Math.max(1, Math.floor(Math.max(word.length, candidate.length) / 3));
    // The distance is at least the difference in length: skip the O(n·m) table when that is already too far.
    if (Math.abs(word.length - candidate.length) > allowed) continue;
    const d = distance(word, candidate);
    if (d <= allowed && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
