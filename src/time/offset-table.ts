import { DAY_MS, FIRST_YEAR as MIN_YEAR, LAST_YEAR as MAX_YEAR, civilFromDays, daysFromCivil } from './civil';

const STEP_MS = 24 * 3_600_000;

/** first/last: the instants showing the wall time (for a gap: by the offsets before/after the jump); transition: the jump (gaps only, else NaN). */
export interface Resolution { kind: 'unique' | 'ambiguous' | 'gap'; first: number; last: number; transition: number }

/**
 * UTC-offset segments of one zone, read from Intl and built lazily by whole
 * years as queries reach them. Segment i runs from ats[i] to ats[i + 1] (the
 * last to `hi`) with offset offs[i] (ms). Sampled once a day, with a binary
 * search to the second where the offset changes, so two transitions less than
 * a day apart that cancel out would be missed (the tz database has none; the
 * property tests check six zones, Lord Howe's half-hour shift among them,
 * against luxon). Daily rather than 6-hourly samples cut a zone's first year
 * from ~1,460 Intl calls to ~365: each worker thread pays for its own table.
 * Instants outside years 1000-9998 take the edge segments' offsets.
 */
export class OffsetTable {
  private ats: number[] = [];
  private offs: number[] = [];
  private lo = 0;
  private hi = 0;
  private last = 0;

  /** `formatter`: the zone's formatter, shared by the tables of one zone (ZoneOffsets). */
  constructor(
    name: string,
    private readonly formatter: () => Intl.DateTimeFormat = zoneFormatter(name),
  ) {}

  private get format(): Intl.DateTimeFormat {
    return this.formatter();
  }

  /** Whether utc lies within the years this table has read, or within `years` of them. */
  reaches(utc: number, years = 0): boolean {
    const margin = years * 366 * DAY_MS;
    return this.ats.length > 0 && utc >= this.lo - margin && utc < this.hi + margin;
  }

  offsetMsAt(utc: number): number {
    const c = this.last;
    const ats = this.ats;
    if (utc >= ats[c] && (c + 1 === ats.length ? utc < this.hi : utc < ats[c + 1])) return this.offs[c];
    const i = this.indexOf(utc); // extends (replaces) the arrays first
    return this.offs[i];
  }

  /** Segment index holding utc (clamped to the table). */
  indexOf(utc: number): number {
    if (!(utc >= this.lo && utc < this.hi)) this.extend(utc);
    const ats = this.ats;
    let a = 0;
    let b = ats.length - 1;
    while (a < b) {
      const mid = (a + b + 1) >> 1;
      if (ats[mid] <= utc) a = mid;
      else b = mid - 1;
    }
    this.last = a;
    return a;
  }

  /** The offset in force from `from` through `to` (UTC ms), or null when it changes in between. */
  steadyOffset(from: number, to: number): number | null {
    this.indexOf(from);
    this.indexOf(to); // both extend first: extending shifts indices
    const i = this.indexOf(from);
    return this.indexOf(to) === i ? this.offs[i] : null;
  }

  /** All instants showing wall time `local`, or the jump when there is none. */
  resolve(local: number): Resolution {
    this.indexOf(local - 2 * DAY_MS);
    this.indexOf(local + 2 * DAY_MS); // both extend first: extending shifts indices
    const i0 = this.indexOf(local - 2 * DAY_MS);
    const i1 = this.indexOf(local + 2 * DAY_MS);
    let first = NaN;
    let last = NaN;
    for (let i = i0; i <= i1; i++) {
      const u = local - this.offs[i];
      const start = i === 0 ? -Infinity : this.ats[i];
      const end = i + 1 < this.ats.length ? this.ats[i + 1] : Infinity;
      if (u >= start && u < end) {
        if (Number.isNaN(first)) first = u;
        last = u;
      }
    }
    if (Number.isNaN(first)) {
      const gap = this.gapAround(local, i0, i1);
      return { kind: 'gap', first: local - this.offs[gap - 1], last: local - this.offs[gap], transition: this.ats[gap] };
    }
    return { kind: first === last ? 'unique' : 'ambiguous', first, last, transition: NaN };
  }

  private gapAround(local: number, i0: number, i1: number): number {
    for (let i = Math.max(i0, 1); i <= i1; i++) {
      if (this.ats[i] + this.offs[i - 1] <= local && local < this.ats[i] + this.offs[i]) return i;
    }
    throw new Error(`no offset segment for local time ${local}`);
  }

  private extend(utc: number): void {
    if (!Number.isFinite(utc)) throw new RangeError(`not a finite instant: ${utc}`);
    const year = Math.min(MAX_YEAR, Math.max(MIN_YEAR, civilFromDays(Math.floor(utc / DAY_MS))[0]));
    const from = Date.UTC(Math.max(MIN_YEAR, year - 1), 0, 1);
    const to = Date.UTC(Math.min(MAX_YEAR + 1, year + 2), 0, 1);
    if (this.ats.length === 0) {
      [this.ats, this.offs] = this.scan(from, to);
      this.lo = from;
      this.hi = to;
      return;
    }
    if (from < this.lo) {
      const [a, o] = this.scan(from, this.lo);
      this.join(a, o, this.ats, this.offs);
      this.lo = from;
    }
    if (to > this.hi) {
      const [a, o] = this.scan(this.hi, to);
      this.join(this.ats, this.offs, a, o);
      this.hi = to;
    }
    if (!(utc >= this.lo && utc < this.hi)) {
      // Beyond the supported years: let the edge segments stand for all time.
      this.lo = Math.min(this.lo, utc);
      this.hi = Math.max(this.hi, utc + 1);
    }
    this.last = 0;
  }

  private join(ats1: number[], offs1: number[], ats2: number[], offs2: number[]): void {
    const ats = ats1.slice();
    const offs = offs1.slice();
    for (let i = 0; i < ats2.length; i++) {
      if (offs2[i] === offs[offs.length - 1]) continue;
      ats.push(ats2[i]);
      offs.push(offs2[i]);
    }
    this.ats = ats;
    this.offs = offs;
  }

  private scan(from: number, to: number): [number[], number[]] {
    const ats = [from];
    const offs = [this.sample(from)];
    let t1 = from;
    let o1 = offs[0];
    while (t1 < to) {
      const t2 = Math.min(t1 + STEP_MS, to);
      if (this.sample(t2) === o1) {
        t1 = t2;
        continue;
      }
      const at = this.search(t1, o1, t2);
      if (at >= to) break; // a change exactly at `to` opens the next scan
      o1 = this.sample(at);
      ats.push(at);
      offs.push(o1);
      t1 = at;
    }
    return [ats, offs];
  }

  /** The first second after t1 whose offset differs from o1 (one exists before t2). */
  private search(t1: number, o1: number, t2: number): number {
    let a = t1;
    let b = t2;
    while (b - a > 1000) {
      const mid = a + Math.floor((b - a) / 2000) * 1000;
      if (this.sample(mid) === o1) a = mid;
      else b = mid;
    }
    return b;
  }

  private sample(utc: number): number {
    const second = Math.floor(utc / 1000) * 1000;
    let y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    for (const p of this.format.formatToParts(second)) {
      switch (p.type) {
        case 'year': y = Number(p.value); break;
        case 'month': mo = Number(p.value); break;
        case 'day': d = Number(p.value); break;
        case 'hour': h = Number(p.value); break;
        case 'minute': mi = Number(p.value); break;
        case 'second': s = Number(p.value); break;
        default: break;
      }
    }
    return daysFromCivil(y, mo, d) * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 - second;
  }
}

/** The zone's formatter, made on first use: a process's first Intl.DateTimeFormat costs ~15 ms of start-up. */
export function zoneFormatter(name: string): () => Intl.DateTimeFormat {
  let format: Intl.DateTimeFormat | undefined;
  return () =>
    (format ??= new Intl.DateTimeFormat('en-US', {
      timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    }));
}
