import type { NodePath } from '../../core/diagnostic';
import { parseBand, parseCondition, parsePercent, pointsUp, type Band, type Condition } from '../../core/condition';
import { parseDec, type Dec } from '../../core/decimal';
import { comparable } from './condition';
import { entries, type MetricView } from './agreement';
import { bandSpan, type Span } from './spans';

/** A credit's size, comparable only with credits of the same form (`percent`, `times:downtime`, `fixed:item` ...). */
export interface CreditSize {
  readonly form: string;
  readonly value: Dec;
}

export interface Tier {
  /** 1-based, as messages count. */
  readonly number: number;
  readonly path: NodePath;
  /** The tier's `when`: one condition or a band of two. */
  readonly band: Band;
  /** The condition, when `when` is a single one (not a band). */
  readonly single: Condition | null;
  /** The values the band holds; null when it holds none (credit-band reports it). */
  readonly span: Span | null;
  readonly credit: CreditSize | null;
  readonly creditText: string;
}

/** `tier 2 ('< 99%', 3%)` */
export const describeTier = (t: Tier): string => `tier ${t.number} ('${t.band.text}'${t.creditText ? `, ${t.creditText}` : ''})`;

function creditOf(credit: unknown): { size: CreditSize | null; text: string } {
  const percent = parsePercent(credit);
  if (percent) return { size: { form: 'percent', value: percent }, text: String(credit) };
  if (!credit || typeof credit !== 'object') return { size: null, text: credit === undefined ? '' : String(credit) };
  const c = credit as { times?: unknown; of?: unknown; amount?: unknown; per?: unknown };
  if (c.times !== undefined) {
    const value = typeof c.times === 'number' ? parseDec(c.times) : null;
    return { size: value && { form: `times:${String(c.of)}`, value }, text: `${String(c.times)} × ${String(c.of)}` };
  }
  const value = typeof c.amount === 'number' ? parseDec(c.amount) : null;
  return { size: value && { form: `fixed:${String(c.per)}`, value }, text: `${String(c.amount)} per ${String(c.per)}` };
}

// The tier rules run one after another over the same agreement: parse each metric's tiers once for all of them.
const parsed = new WeakMap<MetricView, { index: number; credits: unknown; tiers: Tier[] }>();

/** The tiers of metric `index` whose `when` parses (the schema guarantees the shape; this keeps rules safe anyway). */
export function tiersOf(metric: MetricView, index: number): Tier[] {
  const known = parsed.get(metric);
  if (known && known.index === index && known.credits === metric.credits) return known.tiers;
  const tiers = parseTiers(metric, index);
  parsed.set(metric, { index, credits: metric.credits, tiers });
  return tiers;
}

function parseTiers(metric: MetricView, index: number): Tier[] {
  const out: Tier[] = [];
  for (const [tier, j] of entries(metric.credits)) {
    const band = parseBand(tier?.when);
    if (!band) continue;
    const { size, text } = creditOf(tier.credit);
    const single = band.parts.length === 1 ? band.parts[0]! : null;
    out.push({ number: j + 1, path: ['metrics', index, 'credits', j], band, single, span: bandSpan(band.parts), credit: size, creditText: text });
  }
  return out;
}

/**
 * The target and the tiers that can be compared with it: every part in the
 * same kind of unit (target-unit reports the others), a single condition
 * pointing to the breach side (credit-tier-direction reports the others), a
 * band holding some value (credit-band reports the others). One mistake, one
 * finding.
 */
export function breachTiers(metric: MetricView, index: number): { target: Condition; tiers: Tier[] } | undefined {
  const target = parseCondition(metric.target);
  if (!target) return undefined;
  const tiers = tiersOf(metric, index).filter(
    (t) => t.span !== null && t.band.parts.every((p) => comparable(p, target)) && (t.single === null || pointsUp(t.single) !== pointsUp(target)) && !sameWay(t.band),
  );
  return { target, tiers };
}

/** Whether a band's two parts point the same way (`> 99% and > 98%`): credit-band's finding. */
export function sameWay(band: Band): boolean {
  return band.parts.length === 2 && pointsUp(band.parts[0]!) === pointsUp(band.parts[1]!);
}

/** `99.5%` or `600ms`: a condition's bound as written. */
export const boundOf = (c: Condition): string => c.text.replace(/^[<>=\s]+/, '').replace(/\s+/g, '');

/** The values that miss the target: `>= 99.9%` -> `< 99.9%`. */
export function breachSide(target: Condition): Condition {
  const op = ({ '>=': '<', '>': '<=', '<=': '>', '<': '>=' } as const)[target.op];
  return { ...target, op, text: `${op} ${boundOf(target)}` };
}
