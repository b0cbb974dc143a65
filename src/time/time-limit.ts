import { parseClock } from './clock';
import { parseDuration } from './duration';

/**
 * A time limit (schema TimeLimit): window time (`4h`), business days
 * (`3 business days`), or a wall time on a business day (`2 business days by
 * 17:00`); docs/semantics.md, time limits.
 */
export type TimeLimit =
  | { readonly kind: 'window'; readonly ms: number }
  | { readonly kind: 'business-days'; readonly days: number; readonly by: number | null };

const BUSINESS = /^(\d+) business days?(?: by (\d\d:\d\d))?$/;

/** The limit a text states, or null when it states none. */
export function parseTimeLimit(text: string): TimeLimit | null {
  if (typeof text !== 'string') return null;
  const m = BUSINESS.exec(text);
  if (m) {
    const days = Number(m[1]);
    const by = m[2] === undefined ? null : parseClock(m[2]);
    if (!Number.isSafeInteger(days) || (m[2] !== undefined && by === null)) return null;
    return { kind: 'business-days', days, by };
  }
  const ms = parseDuration(text);
  return ms === null ? null : { kind: 'window', ms };
}
