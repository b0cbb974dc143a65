/**
 * Numbers, money, dates and lists written for one locale with Intl. Values
 * are formatted from their decimal text where possible, so that 99.5 never
 * shows as 99.49999; rounding happens here, for display only.
 */
export class LocaleFormat {
  // Each Intl object is made on first use: a document that never needs one
  // (an "or" list, a currency) does not pay for its locale data.
  private numbers: Intl.NumberFormat | undefined;
  private percents: Intl.NumberFormat | undefined;
  private dates: Intl.DateTimeFormat | undefined;
  private lists: Intl.ListFormat | undefined;
  private orLists: Intl.ListFormat | undefined;
  private englishLocale: string | undefined;
  private readonly moneys = new Map<string, Intl.NumberFormat>();

  constructor(readonly locale: string) {}

  /** The wording is English: lists follow the locale's English style ("A, B and C" en-GB, "A, B, and C" en-US). */
  private get english(): string {
    this.englishLocale ??= /^en(-|$)/i.test(this.locale) ? this.locale : 'en-GB';
    return this.englishLocale;
  }

  /** A number, given as a number or its decimal text ("99.5"). */
  number(value: number | string): string {
    this.numbers ??= new Intl.NumberFormat(this.locale, { maximumFractionDigits: 10 });
    return this.numbers.format(exact(value));
  }

  /** 99.5 -> "99.5%" (en), "99,5 %" (de). */
  percent(value: number | string): string {
    this.percents ??= new Intl.NumberFormat(this.locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 10 });
    return this.percents.format(exact(value));
  }

  money(amount: number | string, currency: string): string {
    let format = this.moneys.get(currency);
    if (!format) {
      format = new Intl.NumberFormat(this.locale, { style: 'currency', currency });
      this.moneys.set(currency, format);
    }
    return format.format(exact(amount));
  }

  private get dateFormat(): Intl.DateTimeFormat {
    this.dates ??= new Intl.DateTimeFormat(this.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return this.dates;
  }

  /** A calendar date "2026-01-01" -> "1 January 2026" (en-GB). Other text is returned as it is. */
  date(value: unknown): string {
    const d = civil(value);
    return d ? this.dateFormat.format(d) : String(value);
  }

  /** A local date-time "2026-10-17T22:00" -> "17 October 2026, 22:00" (wall-clock time, no zone shift). */
  dateTime(value: unknown): string {
    const d = civil(value);
    if (!d) return String(value);
    const time = `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
    return `${this.dateFormat.format(d)}, ${time}`;
  }

  /** ["A", "B", "C"] -> "A, B and C" (the wording of documents is English). */
  list(items: readonly string[], type: 'and' | 'or' = 'and'): string {
    if (type === 'and') {
      this.lists ??= new Intl.ListFormat(this.english, { type: 'conjunction' });
      return this.lists.format(items);
    }
    this.orLists ??= new Intl.ListFormat(this.english, { type: 'disjunction' });
    return this.orLists.format(items);
  }
}

type Exact = Parameters<Intl.NumberFormat['format']>[0];

function exact(value: number | string): Exact {
  // Intl formats decimal strings exactly (ES2023); numbers go through their shortest text.
  return (typeof value === 'number' ? String(value) : value) as unknown as Exact;
}

const CIVIL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The wall-clock fields of a date or local date-time, as a UTC instant for formatting. */
function civil(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== 'string') return null;
  const m = CIVIL.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((g) => (g === undefined ? 0 : Number(g)));
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

/** Whether the locale's paper is US Letter (the Americas that use it), else A4. */
export function paperSize(locale: string): 'A4' | 'Letter' {
  const region = new Intl.Locale(locale).maximize().region ?? '';
  return ['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'GT', 'PR'].includes(region) ? 'Letter' : 'A4';
}
