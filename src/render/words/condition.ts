import type { LocaleFormat } from './locale-format';

export type Operator = '>=' | '>' | '<=' | '<' | '=';

/** A comparison as written in targets, warnings and tiers: ">= 99.5%", "<= 600ms", "> 99.9%". */
export interface Condition {
  op: Operator;
  /** The number as written, kept as text so it formats exactly. */
  value: string;
  /** "%", "ms", ... or "" when none was written. */
  unit: string;
}

const PATTERN = /^\s*(>=|<=|==|=|>|<|≥|≤)\s*(-?\d+(?:\.\d+)?)\s*([%a-zA-Z]*)\s*$/;
const ALIASES: Record<string, Operator> = { '==': '=', '≥': '>=', '≤': '<=' };

export function parseCondition(text: unknown): Condition | null {
  if (typeof text !== 'string') return null;
  const m = PATTERN.exec(text);
  if (!m) return null;
  return { op: ALIASES[m[1]] ?? (m[1] as Operator), value: m[2], unit: m[3] };
}

const WORDS: Record<Operator, string> = { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'below', '=': 'exactly' };
const NEGATION: Record<Operator, Operator> = { '>=': '<', '>': '<=', '<=': '>', '<': '>=', '=': '=' };

/** The quantity of a condition: "99.5%", "600 ms", "5,000". */
export function quantityWords(value: string, unit: string, fmt: LocaleFormat): string {
  if (unit === '%') return fmt.percent(value);
  return unit === '' ? fmt.number(value) : `${fmt.number(value)} ${unit}`;
}

/**
 * ">= 99.5%" -> "at least 99.5%"; `fallbackUnit` is the metric's unit for
 * targets written without one. Unparsable text is returned as written.
 */
export function conditionWords(text: unknown, fmt: LocaleFormat, fallbackUnit = ''): string {
  const c = parseCondition(text);
  if (!c) return String(text ?? '');
  return `${WORDS[c.op]} ${quantityWords(c.value, c.unit || fallbackUnit, fmt)}`;
}

/** The condition that holds when this one does not: "< 95%" -> "at least 95%". */
export function negatedWords(text: unknown, fmt: LocaleFormat, fallbackUnit = ''): string {
  const c = parseCondition(text);
  if (!c) return `not ${String(text ?? '')}`;
  if (c.op === '=') return `other than ${quantityWords(c.value, c.unit || fallbackUnit, fmt)}`;
  return `${WORDS[NEGATION[c.op]]} ${quantityWords(c.value, c.unit || fallbackUnit, fmt)}`;
}

/** The number of a percentage condition or amount ("5%" -> "5"), else null. */
export function percentValue(text: unknown): string | null {
  if (typeof text === 'number') return String(text);
  if (typeof text !== 'string') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
  return m ? m[1] : null;
}
