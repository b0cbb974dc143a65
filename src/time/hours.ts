import { formatClock, parseClock } from './clock';

/** day 1 = mon .. 7 = sun; minutes from that day's 00:00; end > 1440 runs past midnight (the range belongs to its start day). */
export interface WeeklyRange { day: number; start: number; end: number }
/** key = the day-spec key as written ('mon-fri'); index = the entry when the value is a list. */
export interface HoursProblem { key: string; index?: number; message: string }

export const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** 'mon-fri', 'sat', 'mon,wed', wrapping 'fri-mon' -> days 1..7 (in the order written), or a problem. */
export function parseDays(spec: string): number[] | string {
  const days: number[] = [];
  for (const part of spec.split(',')) {
    const ends = part.trim().split('-');
    if (ends.length > 2) return `'${part.trim()}' is not a day or a day range such as mon-fri`;
    const nums = ends.map(dayNumber);
    const bad = ends.find((_, i) => nums[i] === 0);
    if (bad !== undefined) return `'${bad.trim()}' is not a day: use mon, tue, wed, thu, fri, sat or sun`;
    const [from, to = from] = nums;
    for (let d = from; ; d = (d % 7) + 1) {
      days.push(d);
      if (d === to) break;
    }
  }
  return days;
}

const FULL_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** 1..7, or 0 when not a day; 'mon' or 'monday', any case. */
function dayNumber(name: string): number {
  const n = name.trim().toLowerCase();
  return (DAY_NAMES as readonly string[]).indexOf(n) + 1 || FULL_NAMES.indexOf(n) + 1;
}

/** "08:00-18:00" -> [start, end] minutes; an end at or before the start runs past midnight. */
export function parseRange(text: string): [number, number] | string {
  const m = /^\s*([^-\s]*)\s*-\s*([^-\s]*)\s*$/.exec(text);
  if (!m) return `'${text.trim()}' is not a time range: use HH:MM-HH:MM, such as 08:00-18:00`;
  const start = parseClock(m[1]);
  const end = parseClock(m[2]);
  if (start === null) return notTime(m[1]);
  if (end === null) return notTime(m[2]);
  if (start === 1440) return `'${text.trim()}' starts at 24:00: a range starts before midnight`;
  return [start, end <= start ? end + 1440 : end];
}

function notTime(text: string): string {
  return `'${text}' is not a time: use HH:MM from 00:00 to 24:00`;
}

interface Entry { range: WeeklyRange; key: string; index?: number }

/**
 * Parses a calendar's `hours`. Ranges of the same day may come from several
 * keys but must not overlap (touching is fine); a range running past midnight
 * must not overlap the next day's ranges either, since the same wall time
 * would belong to two days.
 */
export function parseHours(spec: Record<string, string | string[]>): { ranges: WeeklyRange[]; problems: HoursProblem[] } {
  const entries: Entry[] = [];
  const problems: HoursProblem[] = [];
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    return { ranges: [], problems: [{ key: '', message: 'hours must map days to time ranges, such as mon-fri: "08:00-18:00"' }] };
  }
  for (const [key, value] of Object.entries(spec)) {
    const days = parseDays(key);
    if (typeof days === 'string') {
      problems.push({ key, message: days });
      continue;
    }
    const items: [string, number | undefined][] = Array.isArray(value)
      ? value.map((v, i) => [v, i])
      : [[value as string, undefined]];
    for (const [item, index] of items) {
      if (typeof item !== 'string' || item.trim() === '') {
        problems.push(at<HoursProblem>({ key, message: `hours for '${key}' must be text such as "08:00-18:00"` }, index));
        continue;
      }
      for (const piece of item.split(',')) {
        const r = parseRange(piece);
        if (typeof r === 'string') problems.push(at<HoursProblem>({ key, message: r }, index));
        else for (const day of days) entries.push(at<Entry>({ range: { day, start: r[0], end: r[1] }, key }, index));
      }
    }
  }
  problems.push(...overlaps(entries));
  const ranges = entries.map((e) => e.range).sort((a, b) => a.day - b.day || a.start - b.start);
  return { ranges, problems };
}

function at<T extends { index?: number }>(x: T, index: number | undefined): T {
  if (index !== undefined) x.index = index;
  return x;
}

function clock(r: WeeklyRange): string {
  return `${formatClock(r.start)}-${formatClock(r.end)}`;
}

/** One problem per pair of clashing entries, naming the days where they clash. */
function overlaps(entries: Entry[]): HoursProblem[] {
  // Each range as seen on its own day, plus its past-midnight part on the next day.
  const byDay = new Map<number, { s: number; e: number; entry: Entry }[]>();
  const add = (day: number, s: number, e: number, entry: Entry) => {
    const list = byDay.get(day) ?? [];
    list.push({ s, e, entry });
    byDay.set(day, list);
  };
  for (const entry of entries) {
    const { day, start, end } = entry.range;
    add(day, start, Math.min(end, 1440), entry);
    if (end > 1440) add((day % 7) + 1, 0, end - 1440, entry);
  }
  const clashes = new Map<string, { problem: HoursProblem; text: string; days: string[] }>();
  for (const [day, list] of [...byDay].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.s - b.s || a.e - b.e);
    for (let i = 1; i < list.length; i++) {
      const cur = list[i].entry;
      const prev = list.slice(0, i).find((p) => p.e > list[i].s && p.entry !== cur)?.entry;
      if (!prev) continue;
      const from = prev.key === cur.key ? '' : ` from '${prev.key}'`;
      const spill = prev.range.day !== cur.range.day ? ` (${DAY_NAMES[prev.range.day - 1]}, past midnight)` : '';
      const text = `${clock(cur.range)} overlaps ${clock(prev.range)}${from}${spill}`;
      const id = `${cur.key}\u0000${cur.index}\u0000${text}`;
      const found = clashes.get(id);
      if (found) found.days.push(DAY_NAMES[day - 1]);
      else clashes.set(id, { problem: at<HoursProblem>({ key: cur.key, message: '' }, cur.index), text, days: [DAY_NAMES[day - 1]] });
    }
  }
  return [...clashes.values()].map(({ problem, text, days }) => ({ ...problem, message: `${text} on ${days.join(', ')}` }));
}

/** 'sun 02:00-04:00', 'mon-fri 22:00-23:30', 'sat,sun 01:00-02:00, 05:00-06:00' -> ranges, or a problem. */
export function parseEvery(text: string): { ranges: WeeklyRange[] } | { problem: string } {
  const m = typeof text === 'string' ? /^\s*(\S+)\s+(.+?)\s*$/.exec(text) : null;
  if (!m) return { problem: `'${String(text)}' is not a weekly window: use DAYS HH:MM-HH:MM, such as "sun 02:00-04:00"` };
  const days = parseDays(m[1]);
  if (typeof days === 'string') return { problem: days };
  const ranges: WeeklyRange[] = [];
  for (const piece of m[2].split(',')) {
    const r = parseRange(piece);
    if (typeof r === 'string') return { problem: r };
    for (const day of days) ranges.push({ day, start: r[0], end: r[1] });
  }
  return { ranges: ranges.sort((a, b) => a.day - b.day || a.start - b.start) };
}
