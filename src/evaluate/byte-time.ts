import { DAY_MS, daysFromCivil, daysInMonth, type DstPolicy, type Zone } from '../time';
import { viewOf } from '../rows/cells';

export type ByteTimeParser = (b: Uint8Array, start: number, end: number) => number;

/**
 * createTimestampParser's grammar read from the ASCII bytes of a cell, with no
 * string and no object per row: 'YYYY-MM-DD[T| ]HH:MM[:SS[.fff]]' then 'Z',
 * an offset or nothing (local in the zone). Returns UTC ms, or NaN whenever
 * the text parser must decide: not a timestamp (for its message), a local
 * time in a gap or fold, surrounding blanks. So a result is always the text
 * parser's (test/evaluate/byte-time.test.ts checks that with fast-check).
 */
export function createByteTimeParser(zone: Zone, dst: DstPolicy): ByteTimeParser {
  // 'YYYY-MM-DDTHH:MM' of the last row as four words, and its wall time: rows
  // mostly come in time order, so most share it and only their seconds are read
  let w0 = 0;
  let w1 = 0;
  let w2 = 0;
  let w3 = 0;
  let prefixWall = NaN;
  // 'YYYY-MM-DD' of the last prefix read, and its local midnight: an end column's
  // minutes jump about, its days less so
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let dateWall = NaN;

  /** Local midnight of the cell's date ('YYYY-MM-DD' as two words and a half), from the cache when they are the last date's; NaN when not a date. */
  const dateAt = (b: Uint8Array, start: number, end: number, x0: number, x1: number, day: number): number => {
    if (x0 !== d0 || x1 !== d1 || day !== d2 || Number.isNaN(dateWall)) {
      dateWall = dateOf(b, start, end);
      d0 = x0;
      d1 = x1;
      d2 = day;
    }
    return dateWall;
  };

  /** The rest after 'YYYY-MM-DDTHH:MM': [':SS[.fff]'] then the zone part. */
  const rest = (b: Uint8Array, i: number, end: number, wall: number): number => {
    if (i < end && b[i] === 58) {
      const second = digits(b, i + 1, 2, end);
      if (second < 0 || second > 59) return NaN;
      wall += second * 1000;
      i += 3;
      if (i < end && (b[i] === 46 || b[i] === 44)) {
        i++;
        const from = i;
        let ms = 0;
        let scale = 100;
        while (i < end) {
          const d = b[i]! - 48;
          if (d < 0 || d > 9) break;
          if (scale >= 1) ms += d * scale;
          scale /= 10;
          i++;
        }
        if (i === from) return NaN;
        wall += ms;
      }
    }
    if (i === end) return local(zone, dst, wall);
    const z = b[i];
    if ((z === 90 || z === 122) && i + 1 === end) return wall;
    if (z !== 43 && z !== 45) return NaN;
    const oh = digits(b, i + 1, 2, end);
    let om = 0;
    if (i + 3 === end) om = 0;
    else if (i + 6 === end && b[i + 3] === 58) om = digits(b, i + 4, 2, end);
    else if (i + 5 === end) om = digits(b, i + 3, 2, end);
    else return NaN;
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return NaN;
    const offset = (oh * 60 + om) * 60_000;
    return wall - (z === 45 ? -offset : offset);
  };

  return (b, start, end) => {
    const n = end - start;
    // 'YYYY-MM-DDTHH:MM:SSZ', the usual shape: the date from the cache, the time of day read
    // straight from its digits (an end column's minute changes on almost every row); any
    // doubt falls through to the general walk below
    if (n === 20 && b[start + 19] === 90 && b[start + 10] === 84 && b[start + 13] === 58 && b[start + 16] === 58) {
      const view = viewOf(b);
      const x0 = view.getInt32(start, true);
      const x1 = view.getInt32(start + 4, true);
      if (Number.isNaN(dateAt(b, start, end, x0, x1, view.getUint16(start + 8, true)))) return NaN;
      const hour = twoDigits(b, start + 11);
      const minute = twoDigits(b, start + 14);
      const second = twoDigits(b, start + 17);
      if (hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) return dateWall + ((hour * 60 + minute) * 60 + second) * 1000;
    }
    if (n < 16) {
      if (n !== 10) return NaN;
      const date = dateOf(b, start, end);
      return Number.isNaN(date) ? NaN : local(zone, dst, date);
    }
    const view = viewOf(b);
    const x0 = view.getInt32(start, true);
    const x1 = view.getInt32(start + 4, true);
    const x2 = view.getInt32(start + 8, true);
    const x3 = view.getInt32(start + 12, true);
    if (x0 !== w0 || x1 !== w1 || x2 !== w2 || x3 !== w3 || Number.isNaN(prefixWall)) {
      if (Number.isNaN(dateAt(b, start, end, x0, x1, x2 & 0xffff))) return NaN;
      const wall = timeOfDay(b, start, end, dateWall);
      if (Number.isNaN(wall)) return NaN;
      w0 = x0;
      w1 = x1;
      w2 = x2;
      w3 = x3;
      prefixWall = wall;
    }
    // 'SS' then 'Z', the usual shape, without the general walk
    if (n === 20 && b[start + 16] === 58 && (b[start + 19] === 90 || b[start + 19] === 122)) {
      const tens = b[start + 17]! - 48;
      const ones = b[start + 18]! - 48;
      if (tens >= 0 && tens <= 5 && ones >= 0 && ones <= 9) return prefixWall + (tens * 10 + ones) * 1000;
      return NaN;
    }
    return rest(b, start + 16, end, prefixWall);
  };
}

/** Local midnight ms of 'YYYY-MM-DD' at start, else NaN. */
function dateOf(b: Uint8Array, start: number, end: number): number {
  if (b[start + 4] !== 45 || b[start + 7] !== 45) return NaN;
  const year = digits(b, start, 4, end);
  const month = digits(b, start + 5, 2, end);
  const day = digits(b, start + 8, 2, end);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day) * DAY_MS;
}

/** Wall ms of '[T| ]HH:MM' after the date at start (whose midnight is `date`), else NaN. */
function timeOfDay(b: Uint8Array, start: number, end: number, date: number): number {
  const sep = b[start + 10];
  if ((sep !== 84 && sep !== 116 && sep !== 32) || b[start + 13] !== 58) return NaN;
  const hour = digits(b, start + 11, 2, end);
  const minute = digits(b, start + 14, 2, end);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  return date + (hour * 60 + minute) * 60_000;
}

/** The two ASCII digits at `at` as a number, else -1. */
function twoDigits(b: Uint8Array, at: number): number {
  const tens = b[at]! - 48;
  const ones = b[at + 1]! - 48;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

function local(zone: Zone, dst: DstPolicy, wall: number): number {
  const r = zone.localMsToUtc(wall, dst);
  return typeof r === 'number' ? r : NaN;
}

function digits(b: Uint8Array, at: number, count: number, end: number): number {
  if (at + count > end) return -1;
  let v = 0;
  for (let k = 0; k < count; k++) {
    const d = b[at + k]! - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    v = v * 10 + d;
  }
  return v;
}
