import { InputError } from '../../core/errors';
import { dec } from '../decimal';
import type { KindContext, MetricRun, Outcome } from './kind';
import { noData, requireRole } from './kind';

/** ⌈p × n / 100⌉ computed exactly (p = 99.9, n = 1000 gives 999), at least 1. */
export function nearestRank(p: number | string, n: number): number {
  const d = dec(p);
  const num = d.m * BigInt(n);
  const den = 100n * 10n ** BigInt(d.e);
  const rank = num <= 0n ? 0n : (num + den - 1n) / den;
  return Math.max(1, Math.min(n, Number(rank)));
}

/** The k-th smallest (0-based) of a[0..n), reordering a (Hoare's quickselect). */
export function quickselect(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k]!;
  }
  return a[k]!;
}

/** A growable list of doubles: 8 bytes per value. */
class Values {
  data = new Float64Array(64);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  pushAll(vs: Float64Array): void {
    if (this.length + vs.length > this.data.length) {
      const next = new Float64Array(Math.max(this.data.length * 2, this.length + vs.length));
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    this.data.set(vs, this.length);
    this.length += vs.length;
  }
}

/** `percentile`: the exact nearest-rank percentile of `value` over matching events. */
export function percentile(ctx: KindContext): MetricRun {
  const { source, periods, match, metric } = ctx;
  if (!metric.value) throw new InputError(`metric '${metric.id}' names no 'value' column`);
  const p = metric.percentile ?? 50;
  const timeCol = requireRole(ctx, source, 'time');
  const valueCol = source.column(metric.value);
  const values = Array.from({ length: periods.length }, () => new Values());

  let i = -1;
  let v = 0;
  source.consumers.push({
    take(cells) {
      if (match && !match(cells)) return false;
      i = periods.find(source.time(cells, timeCol));
      if (i < 0) return false;
      v = source.number(cells, valueCol);
      return true;
    },
    apply() {
      values[i]!.push(v);
    },
  });

  return {
    unit: metric.unit ?? null,
    finish(): Outcome[] {
      return values.map((v) => {
        if (v.length === 0) return noData({ count: 0 });
        const rank = nearestRank(p, v.length);
        const value = quickselect(v.data, v.length, rank - 1) + 0; // -0 and 0 tie in any order: report 0
        return { value, exact: { num: value, den: 1, scale: 1 }, counts: { count: v.length, rank } };
      });
    },
    exportState(): Float64Array[] {
      return values.map((v) => v.data.slice(0, v.length));
    },
    importState(state) {
      (state as Float64Array[]).forEach((vs, k) => values[k]!.pushAll(vs));
    },
  };
}
