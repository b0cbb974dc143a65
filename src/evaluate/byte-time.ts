import { DAY_MS, daysFromCivil, daysInMonth, type DstPolicy, type Zone } from '../time';

/**
 * createTimestampParser's grammar read from the ASCII bytes of a cell, with no
 * string and no object per row: 'YYYY-MM-DD[T| ]HH:MM[:SS[.fff]]' then 'Z',
 * an offset or nothing (local in the zone). Returns UTC ms, or NaN whenever
 * the text parser must decide: not a timestamp (for its message), a local
 * time in a gap or fold, surrounding blanks. So a result is always the text
 * parser's (test/evaluate/byte-time.test.ts checks that with fast-check).
 */
export function createByteTimeParser(zone: Zone, dst: DstPolicy): (b: Uint8Array, start: number, end: number) => number {
  // the date of the last row: rows of a day share it
  let lastKey = -1;
  let lastDate = 0;
  return (b, start, end) => {
    const n = end - start;
    if (n < 10 || b[start + 4] !== 45 || b[start + 7] !== 45) return NaN;
    const year = digits(b, start, 4, end);
    const month = digits(b, start + 5, 2, end);
    const day = digits(b, start + 8, 2, end);
    if (year < 0 || month < 0 || day < 0) return NaN;
    const key = (year * 100 + month) * 100 + day;
    let date: number;
    if (key === lastKey) date = lastDate;
    else {
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
      date = daysFromCivil(year, month, day) * DAY_MS;
      lastKey = key;
      lastDate = date;
    }
    if (n === 10) return local(zone, dst, date);
    const sep = b[start + 10];
    if ((sep !== 84 && sep !== 116 && sep !== 32) || n < 16 || b[start + 13] !== 58) return NaN;
    const hour = digits(b, start + 11, 2, end);
    const minute = digits(b, start + 14, 2, end);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
    let i = start + 16;
    let second = 0;
    let ms = 0;
    if (i < end && b[i] === 58) {
      second = digits(b, i + 1, 2, end);
      if (second < 0 || second > 59) return NaN;
      i += 3;
      if (i < end && (b[i] === 46 || b[i] === 44)) {
        i++;
        const from = i;
        let scale = 100;
        while (i < end) {
          const d = b[i]! - 48;
          if (d < 0 || d > 9) break;
          if (scale >= 1) ms += d * scale;
          scale /= 10;
          i++;
        }
        if (i === from) return NaN;
      }
    }
    const wall = date + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
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
