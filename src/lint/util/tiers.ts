import type { NodePath } from '../../core/diagnostic';
import { parseCondition, parsePercent, pointsUp, type Condition } from '../../core/condition';
import { comparable } from './condition';
import type { Dec as Decimal } from '../../core/decimal';
import { entries, type MetricView } from './agreement';

export interface Tier {
  /** 1-based, as messages count. */
  readonly number: number;
  readonly path: NodePath;
  readonly when: Condition;
  readonly credit: Decimal | null;
  readonly creditText: string;
}

/** `tier 2 ('< 99%', 3%)` */
export const describeTier = (t: Tier): string => `tier ${t.number} ('${t.when.text}'${t.creditText ? `, ${t.creditText}` : ''})`;

/** The tiers of metric `index` whose `when` parses (the schema guarantees the shape; this keeps rules safe anyway). */
export function tiersOf(metric: MetricView, index: number): Tier[] {
  const out: Tier[] = [];
  for (const [tier, j] of entries(metric.credits)) {
    const when = parseCondition(tier?.when);
    if (!when) continue;
    const creditText = tier.credit === undefined ? '' : String(tier.credit);
    out.push({ number: j + 1, path: ['metrics', index, 'credits', j], when, credit: parsePercent(tier.credit), creditText });
  }
  return out;
}

/**
 * The target and the tiers that can be compared with it: same kind of unit
 * (target-unit reports the others) and pointing to the breach side
 * (credit-tier-direction reports the others). One mistake, one finding.
 */
export function breachTiers(metric: MetricView, index: number): { target: Condition; tiers: Tier[] } | undefined {
  const target = parseCondition(metric.target);
  if (!target) return undefined;
  const tiers = tiersOf(metric, index).filter((t) => comparable(t.when, target) && pointsUp(t.when) !== pointsUp(target));
  return { target, tiers };
}

/** `99.5%` or `600ms`: a condition's bound as written. */
export const boundOf = (c: Condition): string => c.text.replace(/^[<>=\s]+/, '').replace(/\s+/g, '');

/** The values that miss the target: `>= 99.9%` -> `< 99.9%`. */
export function breachSide(target: Condition): Condition {
  const op = ({ '>=': '<', '>': '<=', '<=': '>', '<': '>=' } as const)[target.op];
  return { ...target, op, text: `${op} ${boundOf(target)}` };
}
