import { InputError } from '../core/errors';
import { add, dec, sub, type Dec } from '../core/decimal';
import { roleColumn } from '../core/source-formats';
import type { SourcePlan } from '../rows';
import { parseSelector, type Selector } from '../core/promql-selector';
import { isObject, RecordError, type JsonRecord, type PathPart } from './records';
import type { Invalid, MadeRow, RecordTransform } from './transform';

interface Series {
  labels: Record<string, string>;
  /** Samples as [UTC ms, value, the record and path it came from]. */
  samples: { t: number; v: Dec; text: string; record: JsonRecord; at: PathPart[] }[];
}

const ZERO: Dec = { m: 0n, e: 0 };

/** A decimal's text without exponent, as a cell (exact). */
function decText(d: Dec): string {
  if (d.e <= 0) return (d.m * 10n ** BigInt(-d.e)).toString();
  const neg = d.m < 0n;
  const s = (neg ? -d.m : d.m).toString().padStart(d.e + 1, '0');
  return `${neg ? '-' : ''}${s.slice(0, s.length - d.e)}.${s.slice(s.length - d.e)}`;
}

/** Series name and labels as Prometheus writes them, for messages. */
export function seriesText(labels: Record<string, string>): string {
  const { __name__: name = '', ...rest } = labels;
  const inner = Object.entries(rest).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(', ');
  return `${name}{${inner}}`;
}

/**
 * The series of Prometheus range queries (a matrix: the API's response, or
 * promtool's `-o json` output; several documents, the chunks of one query,
 * read as one) as counts rows: one per step, holding for each column's
 * selector the sum, over the series it selects, of the counter's increase
 * since the series' previous sample, a drop being a reset after which the
 * counter counts from 0 (as `increase` does, without extrapolating). A
 * row's time is the earlier sample's: the start of the step the increase
 * happened in. Values are exact decimals.
 */
export function prometheusSeries(plan: SourcePlan, invalid: Invalid): RecordTransform {
  const timeColumn = roleColumn(plan.def ?? { kind: 'counts' }, 'time') ?? 'time';
  const selectors: (Selector | null)[] = plan.columns.map((c) => {
    if (c === timeColumn) return null;
    try {
      return parseSelector(c);
    } catch (e) {
      throw new InputError(`data source '${plan.name}' (prometheus): the columns are '${timeColumn}' and series selectors for good and total: ${(e as Error).message}`);
    }
  });
  const series = new Map<string, Series>();

  const add1 = (record: JsonRecord): void => {
    const s = record.value;
    if (!isObject(s)) return invalid(new RecordError(record, [], 'a series is an object with metric and values'));
    if (s.status === 'error') {
      return invalid(new RecordError(record, ['status'], `Prometheus answered with an error (${String(s.errorType ?? '')}): ${String(s.error ?? '').slice(0, 200)}`));
    }
    if (isObject(s.data) && s.data.resultType !== 'matrix') {
      return invalid(new RecordError(record, ['data', 'resultType'], 'not the matrix of a range query (query_range, or promtool query range)'));
    }
    if (typeof s.status === 'string') return invalid(new RecordError(record, ['status'], `a response without data.result (status ${s.status})`));
    if (!isObject(s.metric) || !Array.isArray(s.values)) return invalid(new RecordError(record, [], 'a series is an object with metric and values'));
    const labels = Object.fromEntries(Object.entries(s.metric).map(([k, v]) => [k, String(v)]));
    const key = JSON.stringify(Object.entries(labels).sort());
    let into = series.get(key);
    if (!into) series.set(key, (into = { labels, samples: [] }));
    for (let j = 0; j < s.values.length; j++) {
      const p = s.values[j];
      const at: PathPart[] = ['values', j];
      if (!Array.isArray(p) || p.length !== 2 || typeof p[0] !== 'number' || typeof p[1] !== 'string') {
        return invalid(new RecordError(record, at, 'a sample is [unix time, "value"]'));
      }
      const v = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(p[1]) ? dec(p[1]) : null;
      if (v === null) return invalid(new RecordError(record, [...at, 1], `not a counter value: ${JSON.stringify(p[1].slice(0, 40))}`));
      if (v.m < 0n) return invalid(new RecordError(record, [...at, 1], `a counter is never negative: ${p[1].slice(0, 40)}`));
      into.samples.push({ t: Math.round(p[0] * 1000), v, text: p[1], record, at });
    }
  };

  return {
    push: (record) => add1(record),
    end(emit) {
      const all = [...series.values()];
      for (const s of all) {
        s.samples.sort((a, b) => a.t - b.t);
        // chunks of one query meet at their edges: the same sample twice
        const kept: Series['samples'] = [];
        for (const x of s.samples) {
          const prev = kept[kept.length - 1];
          if (prev && prev.t === x.t) {
            if (cmpDec(prev.v, x.v) !== 0) {
              invalid(new RecordError(x.record, x.at, `two samples of ${seriesText(s.labels).slice(0, 80)} at the same time with different values (${prev.text.slice(0, 20)} and ${x.text.slice(0, 20)})`));
              return;
            }
            continue;
          }
          kept.push(x);
        }
        s.samples = kept;
      }
      const names = [...new Set(all.map((s) => s.labels.__name__ ?? ''))].filter((n) => n !== '');
      const chosen = selectors.map((sel) => {
        if (sel === null) return [];
        const matched = all.filter((s) => sel.matches(s.labels));
        if (matched.length === 0) {
          const what = sel.name !== null && !names.includes(sel.name) ? `unknown metric name '${sel.name}'` : `no series matches '${sel.text}'`;
          throw new InputError(`data source '${plan.name}': ${what} (series in the data: ${names.length > 0 ? names.join(', ') : all.map((s) => seriesText(s.labels)).join(', ') || 'none'})`);
        }
        return matched;
      });
      // bucket start -> per column sum, and the sample that opened it (for messages)
      const buckets = new Map<number, { sums: Dec[]; from: { record: JsonRecord; at: PathPart[] } }>();
      selectors.forEach((sel, k) => {
        if (sel === null) return;
        for (const s of chosen[k]!) {
          for (let j = 1; j < s.samples.length; j++) {
            const a = s.samples[j - 1]!;
            const b = s.samples[j]!;
            const increase = cmpDec(b.v, a.v) >= 0 ? sub(b.v, a.v) : b.v;
            let bucket = buckets.get(a.t);
            if (!bucket) buckets.set(a.t, (bucket = { sums: selectors.map(() => ZERO), from: { record: a.record, at: a.at } }));
            bucket.sums[k] = add(bucket.sums[k]!, increase);
          }
        }
      });
      const times = [...buckets.keys()].sort((x, y) => x - y);
      for (const t of times) {
        const b = buckets.get(t)!;
        const row: MadeRow = {
          cells: selectors.map((sel, k) => (sel === null ? String(t) : decText(b.sums[k]!))),
          origin: () => b.from,
        };
        emit(row);
      }
    },
  };
}

function cmpDec(a: Dec, b: Dec): number {
  const d = sub(a, b);
  return d.m < 0n ? -1 : d.m > 0n ? 1 : 0;
}
