/**
 * Month, weekday and AM/PM names of a locale, as Luxon's parser reads them
 * (src/impl/locale.js): its English tables for `en` and `en-US`, else the
 * parts Intl formats for fixed UTC dates (so en-GB has `Sept`). Dates are
 * formatted in UTC so the host's zone never shows.
 */
export interface NameTables {
  months(length: 'short' | 'long', format: boolean): string[];
  weekdays(length: 'short' | 'long', format: boolean): string[];
  meridiems(): string[];
}

const EN_MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_WEEKDAYS_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const EN_WEEKDAYS_LONG = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const ENGLISH: NameTables = {
  months: (length) => (length === 'short' ? EN_MONTHS_SHORT : EN_MONTHS_LONG),
  weekdays: (length) => (length === 'short' ? EN_WEEKDAYS_SHORT : EN_WEEKDAYS_LONG),
  meridiems: () => ['AM', 'PM'],
};

/** The canonical locale, or null when Intl does not know the tag. */
export function canonicalLocale(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

function part(locale: string, utcMs: number, options: Intl.DateTimeFormatOptions, type: string): string {
  const parts = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).formatToParts(utcMs);
  return parts.find((p) => p.type.toLowerCase() === type)?.value ?? '';
}

const cache = new Map<string, NameTables>();

/** The tables of a locale, each list made once (a process's Intl formatters cost ~50 µs each). */
export function nameTables(locale: string): NameTables {
  let tables = cache.get(locale);
  if (!tables) {
    tables = memoized(intlTables(locale));
    cache.set(locale, tables);
  }
  return tables;
}

function memoized(t: NameTables): NameTables {
  const lists = new Map<string, string[]>();
  const once = (key: string, make: () => string[]): string[] => {
    let list = lists.get(key);
    if (!list) lists.set(key, (list = make()));
    return list;
  };
  return {
    months: (length, format) => once(`m${length}${format}`, () => t.months(length, format)),
    weekdays: (length, format) => once(`w${length}${format}`, () => t.weekdays(length, format)),
    meridiems: () => once('a', () => t.meridiems()),
  };
}

function intlTables(locale: string): NameTables {
  const lower = locale.toLowerCase();
  if (lower === 'en' || lower === 'en-us') return ENGLISH;
  const ja = locale === 'ja' || locale.startsWith('ja-');
  return {
    months(length, format) {
      const asFormat = format && !ja;
      return Array.from({ length: 12 }, (_, i) => {
        const at = Date.UTC(2009, i, 1);
        if (ja) return new Intl.DateTimeFormat(locale, { month: length, timeZone: 'UTC' }).format(at);
        return part(locale, at, asFormat ? { month: length, day: 'numeric' } : { month: length }, 'month');
      });
    },
    weekdays(length, format) {
      const options: Intl.DateTimeFormatOptions = format ? { weekday: length, year: 'numeric', month: 'long', day: 'numeric' } : { weekday: length };
      return Array.from({ length: 7 }, (_, i) => part(locale, Date.UTC(2016, 10, 14 + i), options, 'weekday'));
    },
    meridiems() {
      return [9, 19].map((h) => part(locale, Date.UTC(2016, 10, 13, h), { hour: 'numeric', hourCycle: 'h12' }, 'dayperiod'));
    },
  };
}
