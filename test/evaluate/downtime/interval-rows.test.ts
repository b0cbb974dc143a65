import { IntervalRows } from '../../../src/evaluate/downtime/interval-rows';

/** A deterministic pseudo-random sequence (the rows must be the same on every run). */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return x / 2 ** 32;
  };
}

interface Row {
  start: number;
  end: number;
  key: number;
  comp: number;
  share: number;
}

/** Rows mostly in time order, some not: [start, start + up to 90 s), on `keys` keys. */
function rows(n: number, keys: number, seed: number): Row[] {
  const next = random(seed);
  const out: Row[] = [];
  for (let i = 0; i < n; i++) {
    const start = next() < 0.05 ? Math.floor(next() * n * 10) : i * 10;
    out.push({ start, end: start + 1 + Math.floor(next() * 90), key: Math.floor(next() * keys), comp: Math.floor(next() * 3), share: Math.floor(next() * 4) / 4 });
  }
  return out;
}

/** The union of intervals by brute force: sorted, then merged where they meet or overlap. */
function bruteUnion(list: Row[]): number[] {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const out: number[] = [];
  for (const r of sorted) {
    if (out.length > 0 && r.start <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, r.end);
    else out.push(r.start, r.end);
  }
  return out;
}

function filled(list: Row[], keys: number): IntervalRows {
  const into = new IntervalRows({ perKey: keys > 0, perComp: true, shares: true });
  for (let k = 0; k < keys; k++) into.keys!.add(`r${k}`);
  for (const r of list) into.push(r.start, r.end, r.key, r.comp, r.share);
  return into;
}

// 200,000 rows fill three slabs of 65,536 and part of a fourth
const N = 200_000;

describe('IntervalRows across slabs', () => {
  const list = rows(N, 37, 7);
  const into = filled(list, 37);

  it('keeps every row, in the order read, with its key and component', () => {
    expect(into.length).toBe(N);
    for (const i of [0, 63, 64, 65_535, 65_536, 131_072, N - 1]) {
      expect([into.keyAt(i), into.compAt(i)]).toEqual([list[i]!.key, list[i]!.comp]);
    }
  });

  it('gives each key its rows in the order read, columns included', () => {
    for (const k of [0, 18, 36]) {
      const mine = list.filter((r) => r.key === k);
      const c = into.columnsOf(k);
      expect(Array.from(c.start)).toEqual(mine.map((r) => r.start));
      expect(Array.from(c.end)).toEqual(mine.map((r) => r.end));
      expect(Array.from(c.comp!)).toEqual(mine.map((r) => r.comp));
      expect(Array.from(c.share!)).toEqual(mine.map((r) => r.share));
    }
    expect(into.columnsOf(37).start.length).toBe(0);
  });

  it('merges each key’s intervals as a brute force does, rows out of order included', () => {
    for (let k = 0; k < 37; k++) expect(Array.from(into.unionOf(k))).toEqual(bruteUnion(list.filter((r) => r.key === k)));
  });

  it('merges all rows when not per resource', () => {
    const plain = filled(list, 0);
    expect(Array.from(plain.unionOf(0))).toEqual(bruteUnion(list));
    expect(Array.from(plain.columnsOf(0).start)).toEqual(list.map((r) => r.start));
    expect(Array.from(plain.columnsOf(0).share!)).toEqual(list.map((r) => r.share));
  });

  it('sees rows pushed after a union (the grouping is made again)', () => {
    const more = filled(list.slice(0, 70_000), 37);
    const before = Array.from(more.unionOf(5));
    more.push(10_000_000, 10_000_050, 5, 0, 1);
    expect(Array.from(more.unionOf(5))).toEqual([...before, 10_000_000, 10_000_050]);
  });

  it('exports a state that imports to the same rows, in another order of names', () => {
    const other = new IntervalRows({ perKey: true, perComp: true, shares: true });
    other.keys!.add('r36');
    other.importState(structuredClone(into.exportState()));
    expect(other.length).toBe(N);
    for (const k of [0, 36]) {
      const name = `r${k}`;
      expect(Array.from(other.unionOf(other.keys!.indexOf(name)))).toEqual(Array.from(into.unionOf(into.keys!.indexOf(name))));
    }
  });
});
