import { pointsUp } from '../../core/condition';
import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';
import { compareCuts, conditionSpan, domainOf, gapWords, intersect, type Cut, type Span } from '../util/spans';
import { breachSide, breachTiers, type Tier } from '../util/tiers';

interface Hole {
  from: Cut;
  to: Cut;
  /** The tier on the hole's far side from the target, and on its near side (null at an end of the breach side). */
  far: Tier | null;
  near: Tier | null;
}

/**
 * The values of `side` that no tier holds, in order along the line: the
 * tiers sorted once by where they start, then one sweep that extends the
 * covered stretch tier by tier (n log n for any number of tiers).
 */
function holes(side: Span, tiers: readonly Tier[], up: boolean): Hole[] {
  const spans = tiers.flatMap((t) => {
    const s = t.span && intersect(t.span, side);
    return s ? [{ t, s }] : [];
  });
  spans.sort((a, b) => compareCuts(a.s.start, b.s.start) || a.t.number - b.t.number);
  const out: Hole[] = [];
  let reach = side.start;
  let last: Tier | null = null;
  const hole = (from: Cut, to: Cut, before: Tier | null, after: Tier | null): void => {
    out.push({ from, to, far: up ? before : after, near: up ? after : before });
  };
  for (const { t, s } of spans) {
    if (compareCuts(s.start, reach) > 0) hole(reach, s.start, last, t);
    if (compareCuts(s.end, reach) > 0 || last === null) {
      reach = compareCuts(s.end, reach) > 0 ? s.end : reach;
      last = t;
    }
  }
  if (compareCuts(side.end, reach) > 0) hole(reach, side.end, last, null);
  return out;
}

export const creditTierGap: Rule = {
  id: 'credit-tier-gap',
  description: 'Every value that breaches the target matches a credit tier (no uncovered gap between the target and the tiers, or between bands).',
  defaultSeverity: 'warning',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      const parsed = metric ? breachTiers(metric, i) : undefined;
      if (!parsed || parsed.tiers.length === 0) continue;
      const { target, tiers } = parsed;
      const breach = breachSide(target);
      const side = intersect(conditionSpan(breach), domainOf(target));
      if (!side) continue;
      const up = pointsUp(target);
      // from the target outwards
      const found = holes(side, tiers, up);
      for (const h of up ? found.reverse() : found) {
        const where = gapWords(h.from, h.to);
        const single = where.startsWith('at exactly');
        const gap = `metric '${metric.id ?? i}' pays no credit ${where}: ${single ? 'that value misses' : 'they miss'} the target '${target.text}' but ${single ? 'matches' : 'match'} no tier`;
        const tierText = (t: Tier): string => `tier ${t.number}, '${t.band.text}'`;
        if (h.near === null && h.far) {
          // next to the target: the tiers start too far from it
          const hint = h.far.single ? `(the loosest is ${tierText(h.far)}); start the first tier at '${breach.text}'` : `(the nearest is ${tierText(h.far)}); let it reach '${breach.text}'`;
          context.report([...h.far.path, 'when'], `${gap} ${hint}`);
        } else if (h.near && h.far) {
          context.report([...h.near.path, 'when'], `${gap} (between ${tierText(h.near)}, and ${tierText(h.far)})`);
        } else if (h.near) {
          context.report([...h.near.path, 'when'], `${gap} (the farthest is ${tierText(h.near)})`);
        }
      }
    }
  },
};
