import { dec, type Dec } from './decimal';

/**
 * The comparison grammar of targets, `warning`, credit tiers' `when` and
 * `downWhen`: an operator, a number and an optional unit (`>= 99.5%`,
 * `> 99.9%`, `<= 600ms`, `>= 100`). One parser for lint, evaluate and render;
 * the schema's Target and Condition patterns admit the same texts.
 */
export type Operator = '>=' | '>' | '<=' | '<';

export interface Condition {
  /** As written, trimmed. */
  readonly text: string;
  readonly op: Operator;
  /** The number, exactly. */
  readonly number: Dec;
  /** The number as written, for display without float noise. */
  readonly numberText: string;
  /** '%', 'ms', 's', 'm', 'h', 'd', or null for a plain number. */
  readonly unit: string | null;
}

/** Milliseconds per time unit. */
export const TIME_UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

const SHAPE = /^\s*(>=|<=|>|<)\s*([+-]?\d+(?:\.\d+)?)\s*(%|ms|s|m|h|d)?\s*$/;

export function parseCondition(text: unknown): Condition | null {
  if (typeof text !== 'string') return null;
  const m = SHAPE.exec(text);
  if (!m) return null;
  return { text: text.trim(), op: m[1] as Operator, number: dec(m[2]), numberText: m[2], unit: m[3] ?? null };
}

/** Whether values pass the condition when they are large (`>`, `>=`). */
export const pointsUp = (c: Pick<Condition, 'op'>): boolean => c.op === '>' || c.op === '>=';

const AMOUNT = /^\s*([+-]?\d+(?:\.\d+)?)\s*(%?)\s*$/;

/** A number, or text showing one with or without `%` (`5%` -> 5), exactly. */
export function parseAmount(text: unknown): Dec | null {
  if (typeof text === 'number') return Number.isFinite(text) ? dec(text) : null;
  const m = typeof text === 'string' ? AMOUNT.exec(text) : null;
  return m ? dec(m[1]) : null;
}

/** A credit or cap: `5%`, `12.5%` (text must carry the `%`), or a number, exactly. */
export function parsePercent(text: unknown): Dec | null {
  if (typeof text === 'string' && AMOUNT.exec(text)?.[2] !== '%') return null;
  return parseAmount(text);
}
