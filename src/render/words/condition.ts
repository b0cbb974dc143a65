import { parseBand, parseCondition, type Operator } from '../../core/condition';
import type { LocaleFormat } from './locale-format';

const WORDS: Record<Operator, string> = { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'below' };
const NEGATION: Record<Operator, Operator> = { '>=': '<', '>': '<=', '<=': '>', '<': '>=' };

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
  return `${WORDS[c.op]} ${quantityWords(c.numberText, c.unit ?? fallbackUnit, fmt)}`;
}

/**
 * A tier's band: "> 99% and <= 99.9%" -> "more than 99% and at most 99.9%";
 * one condition reads as conditionWords does.
 */
export function bandWords(text: unknown, fmt: LocaleFormat, fallbackUnit = ''): string {
  const band = parseBand(text);
  if (!band) return String(text ?? '');
  return band.parts.map((c) => `${WORDS[c.op]} ${quantityWords(c.numberText, c.unit ?? fallbackUnit, fmt)}`).join(' and ');
}

/** A condition on money: "> 1" -> "more than €1.00". */
export function amountConditionWords(text: unknown, fmt: LocaleFormat, currency: string): string {
  const c = parseCondition(text);
  if (!c || c.unit !== null) return String(text ?? '');
  return `${WORDS[c.op]} ${fmt.money(c.numberText, currency)}`;
}

/** The condition that holds when this one does not: "< 95%" -> "at least 95%". */
export function negatedWords(text: unknown, fmt: LocaleFormat, fallbackUnit = ''): string {
  const c = parseCondition(text);
  if (!c) return `not ${String(text ?? '')}`;
  return `${WORDS[NEGATION[c.op]]} ${quantityWords(c.numberText, c.unit ?? fallbackUnit, fmt)}`;
}

/** The number of a percentage condition or amount ("5%" -> "5"), else null. */
export function percentNumberText(text: unknown): string | null {
  if (typeof text === 'number') return String(text);
  if (typeof text !== 'string') return null;
  const m = /^\s*(\d+(?:\.\d+)?)\s*%?\s*$/.exec(text);
  return m ? m[1] : null;
}
