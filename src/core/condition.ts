import { dec, mul, toNumber, type Dec } from './decimal';

/**
 * The comparison grammar of targets, `warning`, credit tiers' `when` and
 * `downWhen`: an operator, a number and an optional unit (`>= 99.5%`,
 * `> 99.9%`, `<= 600ms`, `>= 100`). One parser and one parsed form for lint,
 * evaluate and render; the schema's Target and ConditionText patterns admit
 * the same texts.
 */
export type Operator = '>=' | '>' | '<=' | '<';

/** What a unit measures: a percentage, a time, or a plain number. */
export type UnitClass = 'percent' | 'time' | 'plain';

/** A parsed condition. */
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
  readonly unitClass: UnitClass;
  /** The number in one scale per class (times in ms), to compare conditions with each other exactly. */
  readonly scaled: Dec;
  /** The number as the nearest double, for a quick first comparison. */
  readonly approx: number;
}

/** Milliseconds per time unit. */
export const TIME_UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function unitClassOf(unit: string | null): UnitClass {
  return unit === '%' ? 'percent' : unit === null || unit === '' ? 'plain' : 'time';
}

const SHAPE = /^\s*(>=|<=|>|<)\s*([+-]?\d+(?:\.\d+)?)\s*(%|ms|s|m|h|d)?\s*$/;

export function parseCondition(text: unknown): Condition | null {
  if (typeof text !== 'string') return null;
  const m = SHAPE.exec(text);
  if (!m) return null;
  const number = dec(m[2]!);
  const unit = m[3] ?? null;
  const unitClass = unitClassOf(unit);
  const scaled = unitClass === 'time' ? mul(number, dec(TIME_UNITS[unit!]!)) : number;
  return { text: text.trim(), op: m[1] as Operator, number, numberText: m[2]!, unit, unitClass, scaled, approx: toNumber(number) };
}

/** Whether values pass the condition when they are large (`>`, `>=`). */
export const pointsUp = (c: Pick<Condition, 'op'>): boolean => c.op === '>' || c.op === '>=';

/** Whether the bound itself passes (`>=`, `<=`). */
export const inclusive = (c: Pick<Condition, 'op'>): boolean => c.op === '<=' || c.op === '>=';

const AMOUNT = /^\s*([+-]?\d+(?:\.\d+)?)\s*(%?)\s*$/;

/** A number, or text showing one with or without `%` (`5%` -> 5), exactly. */
export function parseAmount(text: unknown): Dec | null {
  if (typeof text === 'number') return Number.isFinite(text) ? dec(text) : null;
  const m = typeof text === 'string' ? AMOUNT.exec(text) : null;
  return m ? dec(m[1]!) : null;
}

/** A credit or cap: `5%`, `12.5%` (text must carry the `%`), or a number, exactly. */
export function parsePercent(text: unknown): Dec | null {
  if (typeof text === 'string' && AMOUNT.exec(text)?.[2] !== '%') return null;
  return parseAmount(text);
}

/**
 * A credit tier's `when`: one condition, or a band of two joined by `and`
 * (`> 99% and <= 99.9%`); a value is in the band when it satisfies every part.
 */
export interface Band {
  /** As written, trimmed. */
  readonly text: string;
  /** One or two conditions. */
  readonly parts: readonly Condition[];
}

export function parseBand(text: unknown): Band | null {
  if (typeof text !== 'string') return null;
  const pieces = text.split(/\s+and\s+/);
  if (pieces.length > 2) return null;
  const parts = pieces.map((p) => parseCondition(p));
  if (parts.some((p) => p === null)) return null;
  return { text: text.trim(), parts: parts as Condition[] };
}
