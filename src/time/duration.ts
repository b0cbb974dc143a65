import { DAY_MS, HOUR_MS, MINUTE_MS } from './civil';

const SHORT = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;
// Months and years have no fixed length, so ISO 'P1M'/'P1Y' are not durations here.
const ISO = /^P(?:(\d+)W|(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:[.,](\d{1,3}))?S)?)?)$/;

/**
 * Milliseconds, or null when not a duration. Short form: units d, h, m, s in
 * that order, each at most once ('1d12h', '1h30m', '90s', '0m'). ISO 8601:
 * 'PT8H', 'P2D', 'P1DT2H', 'P2W', 'PT1.5S' (at most ms precision). d = 24 h.
 */
export function parseDuration(text: string): number | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const s = SHORT.exec(text);
  if (s) {
    if (s[1] === undefined && s[2] === undefined && s[3] === undefined && s[4] === undefined) return null;
    return num(s[1]) * DAY_MS + num(s[2]) * HOUR_MS + num(s[3]) * MINUTE_MS + num(s[4]) * 1000;
  }
  const i = ISO.exec(text);
  if (!i || text.endsWith('T')) return null;
  if (i.slice(1).every((g) => g === undefined)) return null;
  const fraction = i[6] === undefined ? 0 : Number(i[6].padEnd(3, '0'));
  return (
    num(i[1]) * 7 * DAY_MS + num(i[2]) * DAY_MS + num(i[3]) * HOUR_MS + num(i[4]) * MINUTE_MS + num(i[5]) * 1000 + fraction
  );
}

function num(group: string | undefined): number {
  return group === undefined ? 0 : Number(group);
}
