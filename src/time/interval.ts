/** [start, end) in UTC ms, start < end. */
export type Interval = readonly [number, number];

/** Sorted and merged; touching intervals merge, empty ones drop. */
export function union(list: readonly Interval[]): Interval[] {
  const sorted = list.filter((x) => x[0] < x[1]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) {
      if (e > last[1]) last[1] = e;
    } else out.push([s, e]);
  }
  return out;
}

function isNormal(list: readonly Interval[]): boolean {
  for (let i = 0; i < list.length; i++) {
    if (!(list[i][0] < list[i][1])) return false;
    if (i > 0 && list[i][0] <= list[i - 1][1]) return false;
  }
  return true;
}

function normal(list: readonly Interval[]): readonly Interval[] {
  return isNormal(list) ? list : union(list);
}

/** The time in both (each side is unioned first). */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const x = normal(a);
  const y = normal(b);
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const s = Math.max(x[i][0], y[j][0]);
    const e = Math.min(x[i][1], y[j][1]);
    if (s < e) out.push([s, e]);
    if (x[i][1] < y[j][1]) i++;
    else j++;
  }
  return out;
}

/** The time in a and not in b. */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const x = normal(a);
  const y = normal(b);
  const out: Interval[] = [];
  let j = 0;
  for (const [s0, e] of x) {
    let s = s0;
    while (j < y.length && y[j][1] <= s) j++;
    let k = j;
    while (k < y.length && y[k][0] < e) {
      if (y[k][0] > s) out.push([s, y[k][0]]);
      s = Math.max(s, y[k][1]);
      if (s >= e) break;
      k++;
    }
    if (s < e) out.push([s, e]);
  }
  return out;
}

/** The list cut to [start, end), unioned. */
export function clip(list: readonly Interval[], start: number, end: number): Interval[] {
  const out: Interval[] = [];
  for (const [s, e] of normal(list)) {
    const a = Math.max(s, start);
    const b = Math.min(e, end);
    if (a < b) out.push([a, b]);
  }
  return out;
}

/** Total time covered (overlaps counted once). */
export function totalLength(list: readonly Interval[]): number {
  let sum = 0;
  for (const [s, e] of normal(list)) sum += e - s;
  return sum;
}

/** The first `ms` of time the list covers, in time order (all of it when it covers less). */
export function firstTime(list: readonly Interval[], ms: number): Interval[] {
  const out: Interval[] = [];
  let left = ms;
  for (const [s, e] of normal(list)) {
    if (left <= 0) break;
    const end = Math.min(e, s + left);
    out.push([s, end]);
    left -= end - s;
  }
  return out;
}
