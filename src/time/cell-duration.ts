import { DAY_MS, HOUR_MS, MINUTE_MS } from './civil';
import { parseDuration } from './duration';

/** How a source writes duration cells (schema: DurationForm). */
export type DurationForm = 'iso' | 'clock' | 'seconds' | 'milliseconds' | 'minutes' | 'servicenow';

const CLOCK = /^(?:(\d+)[ .])?(\d+):([0-5]\d)(?::([0-5]\d)(?:[.,](\d{1,9}))?)?$/;
const NUMBER = /^\d+(?:\.\d+)?$/;
const SERVICENOW_STORED = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const SERVICENOW_WORDS = /^(?:(\d+) Days?)?\s*(?:(\d+) Hours?)?\s*(?:(\d+) Minutes?)?\s*(?:(\d+) Seconds?)?$/i;

/** Exact ms of a decimal number of `unitMs` (at most ms precision, the rest truncated). */
function decimalMs(text: string, unitMs: number): number | null {
  if (!NUMBER.test(text)) return null;
  const [whole, frac = ''] = text.split('.');
  const scale = 10 ** Math.min(frac.length, 9);
  const f = Number(frac.slice(0, 9) || '0');
  const ms = Number(whole) * unitMs + Math.floor((f * unitMs) / scale);
  return Number.isSafeInteger(ms) ? ms : null;
}

/**
 * A reader of duration cells in one form: milliseconds, or null when the
 * cell is not a duration of that form. `clock` is `H:MM[:SS[.fff]]` with
 * optional days before a space or dot (`1 04:30:00`, .NET's `1.04:30:00`);
 * `servicenow` is a stored duration (`1970-01-02 04:30:00`, time since the
 * epoch) or its display (`1 Day 4 Hours 30 Minutes`).
 */
export function createDurationReader(form: DurationForm): (text: string) => number | null {
  switch (form) {
    case 'iso':
      return (text) => parseDuration(text.trim());
    case 'seconds':
      return (text) => decimalMs(text.trim(), 1000);
    case 'milliseconds':
      return (text) => decimalMs(text.trim(), 1);
    case 'minutes':
      return (text) => decimalMs(text.trim(), MINUTE_MS);
    case 'clock':
      return (text) => {
        const m = CLOCK.exec(text.trim());
        if (!m) return null;
        const fraction = m[5] === undefined ? 0 : Number(m[5].slice(0, 3).padEnd(3, '0'));
        const ms = Number(m[1] ?? 0) * DAY_MS + Number(m[2]) * HOUR_MS + Number(m[3]) * MINUTE_MS + Number(m[4] ?? 0) * 1000 + fraction;
        return Number.isSafeInteger(ms) ? ms : null;
      };
    case 'servicenow':
      return (text) => {
        const t = text.trim();
        const s = SERVICENOW_STORED.exec(t);
        if (s) {
          const [y, mo, d, h, mi, se] = s.slice(1).map(Number) as [number, number, number, number, number, number];
          if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59) return null;
          const ms = Date.UTC(y, mo - 1, d, h, mi, se);
          return ms >= 0 ? ms : null;
        }
        const w = SERVICENOW_WORDS.exec(t);
        if (!w || t.length === 0 || w.slice(1).every((g) => g === undefined)) return null;
        return Number(w[1] ?? 0) * DAY_MS + Number(w[2] ?? 0) * HOUR_MS + Number(w[3] ?? 0) * MINUTE_MS + Number(w[4] ?? 0) * 1000;
      };
  }
}
