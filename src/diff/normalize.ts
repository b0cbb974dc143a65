import { parseBand, parseCondition, parsePercent } from '../core/condition';
import { parseDec, type Dec } from '../core/decimal';
import { parseDuration } from '../time/duration';
import { parseEvery, parseHours } from '../time/hours';
import { normalText } from './words';

/** A decimal written without trailing zeros: 99.50 and 99.5 read the same. */
export function decText(d: Dec): string {
  let { m, e } = d;
  while (e > 0 && m % 10n === 0n) {
    m /= 10n;
    e--;
  }
  const neg = m < 0n;
  const digits = (neg ? -m : m).toString().padStart(e + 1, '0');
  const text = e === 0 ? digits : `${digits.slice(0, digits.length - e)}.${digits.slice(digits.length - e)}`;
  return neg ? `-${text}` : text;
}

function conditionKey(value: unknown): string | null {
  const c = parseCondition(value);
  return c ? `${c.op} ${decText(c.number)}${c.unit ?? ''}` : null;
}

/** A band by its parts' meanings, in a fixed order: `> 99% and <= 99.9%` ≡ `<=99.9% and >99%`. */
function bandKey(value: unknown): string | null {
  const band = parseBand(value);
  if (!band) return null;
  return band.parts
    .map((c) => `${c.op} ${decText(c.number)}${c.unit ?? ''}`)
    .sort()
    .join(' and ');
}

function hoursKey(value: unknown): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { ranges, problems } = parseHours(value as Record<string, string | string[]>);
  if (problems.length > 0) return null;
  // touching ranges of a day are one range: 08:00-12:00 and 12:00-18:00 mean 08:00-18:00
  const merged: typeof ranges = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && last.day === r.day && last.end === r.start) merged[merged.length - 1] = { ...last, end: r.end };
    else merged.push({ ...r });
  }
  return merged.map((r) => `${r.day}:${r.start}-${r.end}`).join(' ');
}

/**
 * The meaning of a value, as text that is equal exactly when two values mean
 * the same: `72h` ≡ `3d`, `>= 99.50%` ≡ `>=99.5%`, `5%` ≡ `5.0%`, hours by
 * their weekly ranges however the days are grouped, prose with its spacing
 * folded; anything else by its JSON with keys in order.
 */
export function meaning(type: string | undefined, value: unknown): string {
  if (value === undefined || value === null) return '∅';
  let key: string | null = null;
  if (type === 'Duration' && typeof value === 'string') key = String(parseDuration(value) ?? value);
  else if (type === 'Target' || type === 'ConditionText') key = conditionKey(value);
  else if (type === 'BandText') key = bandKey(value);
  else if (type === 'Percent') key = (() => { const d = parsePercent(value); return d ? decText(d) : null; })();
  else if (type === 'Every' && typeof value === 'string') key = (() => { const e = parseEvery(value); return 'ranges' in e ? e.ranges.map((r) => `${r.day}:${r.start}-${r.end}`).join(' ') : null; })();
  else if (type === 'Hours') key = hoursKey(value);
  else if (typeof value === 'number') key = (() => { const d = parseDec(value); return d ? decText(d) : null; })();
  else if (typeof value === 'string') key = normalText(value);
  return key ?? stable(value);
}

/** JSON with object keys sorted, so key order never counts as a change. */
export function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value as object).sort().map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
