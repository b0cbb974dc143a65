import { DAY_MS, civilFromDays, daysInMonth, daysFromCivil, pad2, pad4 } from './civil';
import type { DstPolicy, Zone } from './zone';

export type TimestampResult = number | { error: string };

const NOT_ISO = 'not an ISO 8601 time';

/**
 * A fast parser for ISO 8601 timestamps in CSV cells:
 * 'YYYY-MM-DD[T| ]HH:MM[:SS[.fff...]]' then 'Z', '+HH:MM', '-HH:MM', '+HHMM',
 * '+HH' or nothing (then local in `zone` under `dst`); a bare 'YYYY-MM-DD'
 * means local midnight. Surrounding spaces are ignored. Fractional seconds
 * beyond milliseconds are truncated. Char codes only: no regex, Date.parse or
 * luxon per row.
 */
export function createTimestampParser(zone: Zone, dst: DstPolicy): (text: string) => TimestampResult {
  return (raw: string): TimestampResult => {
    const text = raw.length > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32) ? raw.trim() : raw;
    const f = parseFields(text);
    if (f === null) return { error: `${NOT_ISO}: ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}` };
    if (f.offset !== null) return f.local - f.offset;
    const r = zone.localMsToUtc(f.local, dst);
    if (typeof r === 'number') return r;
    return { error: localTimeProblem(f.local, zone, r) };
  };
}

export function localTimeProblem(local: number, zone: Zone, kind: 'gap' | 'ambiguous'): string {
  const when = formatLocal(local);
  return kind === 'gap'
    ? `local time ${when} does not exist in ${zone.name} (clocks go forward); set dst: earlier or later on the data source`
    : `local time ${when} is ambiguous in ${zone.name} (clocks go back); set dst: earlier or later on the data source`;
}

export interface TimestampFields { local: number; offset: number | null }

/** The wall time (local ms) and the written offset (ms, null if none), or null. */
export function parseFields(t: string): TimestampFields | null {
  const n = t.length;
  if (n < 10 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45) return null;
  const year = digits(t, 0, 4);
  const month = digits(t, 5, 2);
  const day = digits(t, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = daysFromCivil(year, month, day) * DAY_MS;
  if (n === 10) return { local: date, offset: null };
  const sep = t.charCodeAt(10);
  if ((sep !== 84 && sep !== 116 && sep !== 32) || n < 16 || t.charCodeAt(13) !== 58) return null;
  const hour = digits(t, 11, 2);
  const minute = digits(t, 14, 2);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return null;
  let i = 16;
  let second = 0;
  let ms = 0;
  if (i < n && t.charCodeAt(i) === 58) {
    second = digits(t, i + 1, 2);
    if (second < 0 || second > 59) return null;
    i += 3;
    const c = t.charCodeAt(i);
    if (i < n && (c === 46 || c === 44)) {
      i++;
      const from = i;
      let scale = 100;
      while (i < n) {
        const d = t.charCodeAt(i) - 48;
        if (d < 0 || d > 9) break;
        if (scale >= 1) ms += d * scale;
        scale /= 10;
        i++;
      }
      if (i === from) return null;
    }
  }
  const local = date + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
  if (i === n) return { local, offset: null };
  const z = t.charCodeAt(i);
  if ((z === 90 || z === 122) && i + 1 === n) return { local, offset: 0 };
  if (z !== 43 && z !== 45) return null;
  const oh = digits(t, i + 1, 2);
  let om = 0;
  if (i + 3 === n) om = 0;
  else if (i + 6 === n && t.charCodeAt(i + 3) === 58) om = digits(t, i + 4, 2);
  else if (i + 5 === n) om = digits(t, i + 3, 2);
  else return null;
  if (oh < 0 || oh > 23 || om < 0 || om > 59) return null;
  const offset = (oh * 60 + om) * 60_000;
  return { local, offset: z === 45 ? -offset : offset };
}

function digits(t: string, at: number, count: number): number {
  let v = 0;
  for (let k = 0; k < count; k++) {
    const d = t.charCodeAt(at + k) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Local ms -> 'YYYY-MM-DDTHH:MM:SS' (and '.SSS' when ms != 0). */
export function formatLocal(local: number): string {
  const days = Math.floor(local / DAY_MS);
  const [y, m, d] = civilFromDays(days);
  const inDay = local - days * DAY_MS;
  const ms = inDay % 1000;
  const s = Math.floor(inDay / 1000);
  const clock = `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}`;
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}T${clock}${ms === 0 ? '' : `.${String(ms).padStart(3, '0')}`}`;
}

/** '2026-09-01T00:00:00+02:00': seconds always, '+00:00' for UTC, '.SSS' only when ms != 0. */
export function formatInstant(utcMs: number, zone: Zone): string {
  const offset = zone.offsetMsAt(utcMs);
  const abs = Math.abs(offset) / 1000;
  const sign = offset < 0 ? '-' : '+';
  const secs = abs % 60;
  const hhmm = `${pad2(Math.floor(abs / 3600))}:${pad2(Math.floor(abs / 60) % 60)}`;
  return `${formatLocal(utcMs + offset)}${sign}${hhmm}${secs === 0 ? '' : `:${pad2(secs)}`}`;
}
