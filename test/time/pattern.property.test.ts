import fc from 'fast-check';
import { DateTime } from 'luxon';
import { compileTimePattern } from '../../src/time/pattern';
import { getZone, type DstPolicy } from '../../src/time/zone';

// Luxon is the oracle: a pattern compiled by sla reads every text as Luxon's
// DateTime.fromFormat does, and a local time in a DST gap or fold as the
// source's `dst` rule says (docs/semantics.md, Time).

const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Sao_Paulo', 'Pacific/Chatham'];
const LOCALES = ['en-US', 'en', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'nl-NL', 'pt-BR'];
const DST: DstPolicy[] = ['earlier', 'later', 'reject'];

const SEPARATORS = ['-', '/', ' ', '.', ', ', "'T'", "' at '", ':', '_'];
const pattern = fc
  .record({
    year: fc.constantFrom('yyyy', 'yy', 'y'),
    month: fc.constantFrom('MM', 'M', 'MMM', 'MMMM', 'LLL', 'LL'),
    day: fc.constantFrom('dd', 'd'),
    clock: fc.constantFrom('24', '12'),
    hour24: fc.constantFrom('HH', 'H'),
    hour12: fc.constantFrom('hh', 'h'),
    minute: fc.constantFrom('mm', 'm'),
    second: fc.constantFrom('ss', 's', ''),
    fraction: fc.constantFrom('SSS', 'S', 'u', 'uu', ''),
    weekday: fc.constantFrom('EEE', 'EEEE', 'ccc', ''),
    offset: fc.constantFrom('ZZ', 'ZZZ', 'Z', ''),
    order: fc.constantFrom('ymd', 'dmy', 'mdy'),
    seps: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 8, maxLength: 8 }),
  })
  .map((p) => {
    const s = p.seps;
    const date = { ymd: [p.year, p.month, p.day], dmy: [p.day, p.month, p.year], mdy: [p.month, p.day, p.year] }[p.order];
    let text = `${date[0]}${s[0]}${date[1]}${s[1]}${date[2]}`;
    if (p.weekday) text = `${p.weekday}${s[2] === ':' ? ' ' : s[2]}${text}`;
    text += ` ${p.clock === '24' ? p.hour24 : p.hour12}:${p.minute}`;
    if (p.second) {
      text += `:${p.second}`;
      if (p.fraction) text += `.${p.fraction}`;
    }
    if (p.clock === '12') text += ' a';
    if (p.offset) text += ` ${p.offset}`;
    return text;
  });

/** Fixed-width patterns with no separators at all. */
const compact = fc.constantFrom('yyyyMMddHHmmss', 'yyyyMMdd', "yyyyMMdd'T'HHmmss", 'ddMMyyyyHHmm', 'yyyyMMddHHmmssSSS');

const instant = fc.integer({ min: Date.UTC(1975, 0, 1), max: Date.UTC(2060, 0, 1) });
/** Instants next to DST changes, where gaps and folds are. */
const nearChange = fc.tuple(fc.constantFrom(Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6), Date.UTC(2026, 3, 5, 15), Date.UTC(2026, 8, 27, 14)), fc.integer({ min: -3 * 3600_000, max: 3 * 3600_000 })).map(([a, d]) => a + d - (d % 60_000));

function offsetAt(zone: string, utc: number): number {
  return DateTime.fromMillis(utc, { zone }).offset * 60_000;
}

/** What sla must answer for a text, by Luxon: a UTC ms or 'error'. */
function expected(text: string, format: string, zone: string, locale: string, dst: DstPolicy): number | 'error' | 'skip' {
  const hasOffset = /Z/.test(format.replace(/'[^']*'/g, ''));
  if (hasOffset || zone === 'UTC') {
    const dt = DateTime.fromFormat(text, format, { zone, locale });
    if (dt.isValid && (dt.year < 1900 || dt.year > 2100)) return 'skip';
    return dt.isValid ? dt.toMillis() : 'error';
  }
  const wallDt = DateTime.fromFormat(text, format, { zone: 'UTC', locale });
  if (!wallDt.isValid) return 'error';
  const wall = wallDt.toMillis();
  // sla's zone tables cover years 1000 to 9998 and grow from the years first
  // asked for (src/time/offset-table.ts): mutated years far from them are skipped
  if (wallDt.year < 1900 || wallDt.year > 2100) return 'skip';
  const before = offsetAt(zone, wall - 86_400_000);
  const after = offsetAt(zone, wall + 86_400_000);
  const fits = [...new Set([before, after])].map((o) => wall - o).filter((u) => offsetAt(zone, u) + u === wall).sort((a, b) => a - b);
  if (fits.length === 1) return fits[0]!;
  if (dst === 'reject') return 'error';
  if (fits.length === 2) return dst === 'earlier' ? fits[0]! : fits[1]!;
  return dst === 'earlier' ? wall - before : wall - after;
}

function check(text: string, format: string, zone: string, locale: string, dst: DstPolicy): void {
  const want = expected(text, format, zone, locale, dst);
  if (want === 'skip') return;
  const parser = compileTimePattern(format, locale, getZone(zone), dst);
  const got = parser.parseText(text);
  expect([text, format, zone, locale, dst, typeof got === 'number' ? got : 'error']).toEqual([text, format, zone, locale, dst, want]);
  if (/^[\x20-\x7e]*$/.test(text)) {
    const bytes = Buffer.from(`,${text},`, 'latin1');
    const fast = parser.parseBytes(bytes, 1, bytes.length - 1);
    expect([text, format, Number.isNaN(fast) ? 'error' : fast]).toEqual([text, format, typeof got === 'number' ? got : 'error']);
  }
}

describe('timestamp patterns against Luxon', () => {
  it('read what Luxon writes, as Luxon reads it', () => {
    fc.assert(
      fc.property(pattern, fc.oneof(instant, nearChange), fc.constantFrom(...ZONES), fc.constantFrom(...LOCALES), fc.constantFrom(...DST), (format, ms, zone, locale, dst) => {
        const text = DateTime.fromMillis(ms, { zone }).setLocale(locale).toFormat(format);
        check(text, format, zone, locale, dst);
      }),
      { numRuns: 1200 },
    );
  });

  it('read compact fixed-width patterns', () => {
    fc.assert(
      fc.property(compact, instant, fc.constantFrom(...ZONES), fc.constantFrom(...DST), (format, ms, zone, dst) => {
        const text = DateTime.fromMillis(ms, { zone }).toFormat(format);
        check(text, format, zone, 'en-US', dst);
      }),
      { numRuns: 300 },
    );
  });

  it('agree with Luxon on texts one edit away from a timestamp', () => {
    const edit = fc.record({ at: fc.nat(), kind: fc.constantFrom('drop', 'digit', 'char', 'dup'), c: fc.constantFrom('0', '5', '9', ' ', '.', 'a', 'P', 'x', ':', '+', '-') });
    fc.assert(
      fc.property(pattern, instant, fc.constantFrom(...ZONES), fc.constantFrom('en-US', 'de-DE', 'en-GB'), edit, (format, ms, zone, locale, e) => {
        const text = DateTime.fromMillis(ms, { zone }).setLocale(locale).toFormat(format);
        const at = e.at % (text.length + 1);
        const mutated =
          e.kind === 'drop' ? text.slice(0, at) + text.slice(at + 1)
          : e.kind === 'dup' ? text.slice(0, at) + text.slice(at, at + 1) + text.slice(at)
          : e.kind === 'digit' ? text.slice(0, at) + e.c + text.slice(at + 1)
          : text.slice(0, at) + e.c + text.slice(at);
        // Luxon trims nothing; sla ignores surrounding blanks, as it does for ISO cells
        if (mutated !== mutated.trim()) return;
        check(mutated, format, zone, locale, 'earlier');
      }),
      { numRuns: 1200 },
    );
  });

  it('read a stream of cells with one parser as each alone (the kept date and minute never leak)', () => {
    const sorted = fc.array(fc.integer({ min: Date.UTC(2026, 2, 27), max: Date.UTC(2026, 2, 31) }), { minLength: 2, maxLength: 40 });
    fc.assert(
      fc.property(pattern, sorted, fc.constantFrom('Europe/Berlin', 'America/New_York', 'UTC'), fc.constantFrom('en-US', 'de-DE'), fc.boolean(), (format, instants, zone, locale, ordered) => {
        const list = ordered ? [...instants].sort((a, b) => a - b) : instants;
        const texts = list.map((ms) => DateTime.fromMillis(ms, { zone }).setLocale(locale).toFormat(format));
        // near misses too: a cell that shares the date but not the rest
        texts.splice(1, 0, `${texts[0]!.slice(0, -1)}x`);
        const one = compileTimePattern(format, locale, getZone(zone), 'earlier');
        for (const text of texts) {
          const fresh = compileTimePattern(format, locale, getZone(zone), 'earlier');
          const bytes = Buffer.from(`,${text},`, 'utf8');
          const ascii = /^[\x20-\x7e]*$/.test(text);
          const alone = ascii ? fresh.parseBytes(bytes, 1, bytes.length - 1) : NaN;
          const streamed = ascii ? one.parseBytes(bytes, 1, bytes.length - 1) : NaN;
          expect([text, streamed]).toEqual([text, alone]);
          const got = one.parseText(text);
          expect([text, got]).toEqual([text, fresh.parseText(text)]);
        }
      }),
      { numRuns: 400 },
    );
  });
});
