import { DAY_MS, civilFromDays, daysFromCivil } from './civil';
import { ZoneOffsets } from './zone-offsets';

export type DstPolicy = 'reject' | 'earlier' | 'later';

/** IANA zone names as Intl knows them ('UTC' and 'Etc/UTC' included); no bare offsets. */
let canonical: Set<string> | undefined;

export function isValidZone(name: string): boolean {
  if (typeof name !== 'string' || name.length === 0 || /^[+\-\d]/.test(name)) return false;
  // UTC_ZONE is made when this module loads: that needs no list (~2 ms of every start)
  if (name === 'UTC' || name === 'Etc/UTC') return true;
  // The canonical list answers most names without creating a formatter: the
  // first Intl.DateTimeFormat of a process costs ~15 ms, a third of lint's
  // start-up. Aliases (Etc/UTC, Asia/Kolkata, US/Eastern) take the slow path.
  canonical ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC']);
  if (canonical.has(name)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * A zone with precomputed UTC-offset transitions, so hot loops do array
 * lookups. Local wall-clock times are passed around as "local ms" (see civil.ts).
 *
 * DST policy names follow the offset, as Python's fold does: 'earlier' uses the
 * offset in force before the transition, 'later' the one after. For an
 * ambiguous time that is the first / second instant; for a time in a gap
 * 'earlier' gives the instant after the jump (02:30 Berlin spring -> 03:30
 * CEST) and 'later' the one before (-> 01:30 CET).
 */
export class Zone {
  readonly name: string;
  private readonly table: ZoneOffsets;

  constructor(name: string) {
    if (!isValidZone(name)) throw new Error(`'${name}' is not an IANA time zone (such as Europe/Berlin or Etc/UTC)`);
    this.name = name;
    this.table = new ZoneOffsets(name);
  }

  /** Offset in minutes (Berlin summer: 120). */
  offsetAt(utcMs: number): number {
    return this.table.offsetMsAt(utcMs) / 60_000;
  }

  offsetMsAt(utcMs: number): number {
    return this.table.offsetMsAt(utcMs);
  }

  /** The wall-clock time at utcMs, as local ms. */
  toLocalMs(utcMs: number): number {
    return utcMs + this.table.offsetMsAt(utcMs);
  }

  /** The local date (day number) containing utcMs. */
  localDayOf(utcMs: number): number {
    return Math.floor(this.toLocalMs(utcMs) / DAY_MS);
  }

  /** Start of the local day containing utcMs (midnight by the wall-clock rule). */
  startOfLocalDay(utcMs: number): number {
    return this.wallToUtc(this.localDayOf(utcMs) * DAY_MS, 'start');
  }

  localToUtc(
    year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, dst: DstPolicy,
  ): number | 'gap' | 'ambiguous' {
    const local = daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
    return this.localMsToUtc(local, dst);
  }

  /** Local ms -> UTC ms under a DST policy (see the class comment). */
  localMsToUtc(local: number, dst: DstPolicy): number | 'gap' | 'ambiguous' {
    const steady = this.steadyUtc(local);
    if (steady !== null) return steady;
    const r = this.table.resolve(local);
    if (r.kind === 'unique') return r.first;
    if (dst === 'reject') return r.kind;
    return dst === 'earlier' ? r.first : r.last;
  }

  /**
   * The wall-clock rule for window edges: a wall time inside a gap maps to the
   * instant the clocks jump; an ambiguous one maps to its first instant at the
   * start of a window and to its last at the end, so the whole wall-clock span
   * is covered.
   */
  wallToUtc(local: number, side: 'start' | 'end'): number {
    const steady = this.steadyUtc(local);
    if (steady !== null) return steady;
    const r = this.table.resolve(local);
    if (r.kind === 'gap') return r.transition;
    return side === 'start' ? r.first : r.last;
  }

  /** The offset (ms) in force from `from` through `to` (UTC ms), or null when the clocks change in between. */
  steadyOffsetMs(from: number, to: number): number | null {
    return this.table.steadyOffset(from, to);
  }

  /** The fast path of both conversions: the offset is the same a day either side, so the local time is unique. */
  private steadyUtc(local: number): number | null {
    const t = this.table;
    const before = t.offsetMsAt(local - DAY_MS);
    if (before !== t.offsetMsAt(local + DAY_MS)) return null;
    const u = local - before;
    return t.offsetMsAt(u) === before ? u : null;
  }

  /** [year, month, day] of the local date containing utcMs. */
  localDate(utcMs: number): [number, number, number] {
    return civilFromDays(this.localDayOf(utcMs));
  }
}

const cache = new Map<string, Zone>();

/** A cached Zone; throws Error on an invalid name. */
export function getZone(name: string): Zone {
  let z = cache.get(name);
  if (!z) {
    z = new Zone(name);
    cache.set(name, z);
  }
  return z;
}

export const UTC_ZONE = getZone('UTC');
