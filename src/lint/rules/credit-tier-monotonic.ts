import { pointsUp } from '../../core/condition';
import { cmp } from '../../core/decimal';
import type { Rule } from '../rule';
import { entries, view } from '../util/agreement';
import { compareCuts, type Cut } from '../util/spans';
import { breachTiers, describeTier, type Tier } from '../util/tiers';

/**
 * Tiers from the loosest to the strictest: by the edge nearest the target (a
 * tier that reaches closer to the target holds for better values); tiers
 * with the same near edge are neither stricter than the other.
 */
function order(tiers: readonly Tier[], up: boolean): Tier[][] {
  const near = (t: Tier): Cut => (up ? t.span!.end : t.span!.start);
  const sorted = [...tiers].sort((a, b) => (up ? -1 : 1) * compareCuts(near(a), near(b)) || a.number - b.number);
  const groups: Tier[][] = [];
  for (const t of sorted) {
    const group = groups[groups.length - 1];
    if (group && compareCuts(near(group[0]!), near(t)) === 0) group.push(t);
    else groups.push([t]);
  }
  return groups;
}

const far = (t: Tier, up: boolean): Cut => (up ? t.span!.start : t.span!.end);

/** Two tiers of one band with credits of other forms are no repeat: the larger amount of the two counts. */
const formOf = (t: Tier): string => t.credit?.form ?? '';

export const creditTierMonotonic: Rule = {
  id: 'credit-tier-monotonic',
  description: 'A stricter credit tier (a worse value) gives a larger credit than a looser one of the same form.',
  defaultSeverity: 'error',
  check(context) {
    for (const [metric, i] of entries(view(context.agreement).metrics)) {
      const parsed = metric ? breachTiers(metric, i) : undefined;
      if (!parsed) continue;
      const up = pointsUp(parsed.target);
      const findings: Array<{ tier: Tier; report: () => void }> = [];
      // the largest credit of each form among the looser tiers seen so far
      const largest = new Map<string, Tier>();
      const twins = new Set<Tier>();
      for (const group of order(parsed.tiers, up)) {
        // within a group, equal tiers of one credit form are neighbours once sorted by far edge and form; the first of a run is the original
        const byFar = group.length === 1 ? group : [...group].sort((a, b) => compareCuts(far(a, up), far(b, up)) || formOf(a).localeCompare(formOf(b)) || a.number - b.number);
        let run: Tier | undefined;
        for (const tier of byFar) {
          const twin = run && compareCuts(far(run, up), far(tier, up)) === 0 && formOf(run) === formOf(tier) ? run : undefined;
          if (!twin) run = tier;
          if (twin) {
            twins.add(tier);
            findings.push({ tier, report: () => context.report([...tier.path, 'when'], `tier ${tier.number} repeats the condition of tier ${twin.number} ('${twin.band.text}'): each tier needs its own bound`) });
            continue;
          }
          const looser = tier.credit && largest.get(tier.credit.form);
          if (!tier.credit || !looser?.credit || cmp(tier.credit.value, looser.credit.value) > 0) continue;
          const how = cmp(tier.credit.value, looser.credit.value) < 0 ? 'a smaller credit than' : 'the same credit as';
          findings.push({ tier, report: () => context.report([...tier.path, 'credit'], `${describeTier(tier)} gives ${how} ${describeTier(looser)}: a stricter tier must give a larger credit`) });
        }
        for (const tier of group) {
          if (twins.has(tier)) continue;
          const best = tier.credit && largest.get(tier.credit.form);
          if (tier.credit && (!best?.credit || cmp(tier.credit.value, best.credit.value) > 0)) largest.set(tier.credit.form, tier);
        }
      }
      for (const f of findings.sort((a, b) => a.tier.number - b.tier.number)) f.report();
    }
  },
};
