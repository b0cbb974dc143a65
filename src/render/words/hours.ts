const DAY_NAMES: Record<string, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
};
const LONG_DAY_NAMES: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** "mon-fri" -> "Mon–Fri", "mon,wed" -> "Mon, Wed"; unknown names stay as written. */
export function daysWords(days: string, long = false): string {
  const names = long ? LONG_DAY_NAMES : DAY_NAMES;
  return days
    .split(',')
    .map((part) =>
      part
        .trim()
        .split('-')
        .map((d) => names[d.trim().toLowerCase()] ?? d.trim())
        .join('–'),
    )
    .join(', ');
}

/** "08:00-18:00, 19:00-20:00" or a list of ranges -> "08:00–18:00, 19:00–20:00". */
export function rangesWords(ranges: unknown): string {
  const list = Array.isArray(ranges) ? ranges.map(String) : String(ranges ?? '').split(',');
  return list
    .map((r) => r.trim().replace(/\s*-\s*/, '–'))
    .filter((r) => r !== '')
    .join(', ');
}

/** A calendar's weekly hours as "Mon–Fri 08:00–18:00, Sat 09:00–13:00". */
export function hoursWords(hours: unknown): string {
  if (!hours || typeof hours !== 'object') return '';
  return Object.entries(hours as Record<string, unknown>)
    .map(([days, ranges]) => `${daysWords(days)} ${rangesWords(ranges)}`)
    .join(', ');
}

/** A maintenance `every` such as "sun 02:00-04:00" -> "every Sunday, 02:00–04:00". */
export function everyWords(every: unknown): string {
  const text = String(every ?? '').trim();
  const m = /^(\S+)\s+(.+)$/.exec(text);
  if (!m || !/^[a-z,-]+$/i.test(m[1])) return text;
  return `every ${daysWords(m[1], true)}, ${rangesWords(m[2])}`;
}
