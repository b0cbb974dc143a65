/**
 * The written forms of time limits (`within`) and claim deadlines
 * (`credits.claim.within`), told apart by their text: the schema's TimeLimit
 * and ClaimDeadline patterns admit exactly these. Lint and render read them
 * here; a duration stays text for src/time's parseDuration.
 */
export type TimeLimitText =
  | { readonly kind: 'duration'; readonly text: string }
  /** `3 business days`, or `2 business days by 17:00` (then `by` is the wall-clock time). */
  | { readonly kind: 'business-days'; readonly days: number; readonly by: string | null };

export type ClaimDeadlineText =
  | { readonly kind: 'duration'; readonly text: string }
  | { readonly kind: 'calendar-days' | 'business-days' | 'months' | 'periods'; readonly count: number };

const BUSINESS = /^(\d+) business days?(?: by (\d{2}:\d{2}))?$/;
const COUNTED = /^(\d+) (calendar days?|days?|business days?|months?|periods?)$/;

/** A `within` text by its form; null for anything else (a by-column mapping, a typo the schema reports). */
export function parseTimeLimit(text: unknown): TimeLimitText | null {
  if (typeof text !== 'string' || text === '') return null;
  const m = BUSINESS.exec(text);
  if (m) return { kind: 'business-days', days: Number(m[1]), by: m[2] ?? null };
  return /^[\dPT]/.test(text) && !/\s/.test(text) ? { kind: 'duration', text } : null;
}

/** A claim deadline by its form: `30d`, `15 days`, `15 calendar days`, `10 business days`, `2 months`, `2 periods`. */
export function parseClaimDeadline(text: unknown): ClaimDeadlineText | null {
  if (typeof text !== 'string' || text === '') return null;
  const m = COUNTED.exec(text);
  if (!m) return /^\d/.test(text) && !/\s/.test(text) ? { kind: 'duration', text } : null;
  const unit = m[2]!;
  const kind = unit.startsWith('business') ? 'business-days' : unit.startsWith('month') ? 'months' : unit.startsWith('period') ? 'periods' : 'calendar-days';
  return { kind, count: Number(m[1]) };
}

/** Whether a `within` (one limit, or a mapping of limits by column) counts business days anywhere. */
export function usesBusinessDays(within: unknown): boolean {
  if (typeof within === 'string') return parseTimeLimit(within)?.kind === 'business-days';
  if (!within || typeof within !== 'object') return false;
  const w = within as { limits?: unknown; default?: unknown };
  const limits = w.limits && typeof w.limits === 'object' ? Object.values(w.limits as Record<string, unknown>) : [];
  return [...limits, w.default].some((l) => parseTimeLimit(l)?.kind === 'business-days');
}
