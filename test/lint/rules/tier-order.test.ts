import fc from 'fast-check';
import { parseCondition, parsePercent } from '../../../src/core/condition';
import { cmp } from '../../../src/core/decimal';
import { within } from '../../../src/lint/util/condition';
import { tierVerdicts } from '../../../src/lint/util/tier-order';
import type { Tier } from '../../../src/lint/util/tiers';

// The pairwise definition credit-tier-monotonic had before the sweep: its brute-force twin.
const stricter = (a: Tier, b: Tier): boolean => within(a.when, b.when) && !within(b.when, a.when);
const same = (a: Tier, b: Tier): boolean => within(a.when, b.when) && within(b.when, a.when);
function bruteForce(tiers: Tier[]) {
  return tiers.map((tier) => {
    const twin = tiers.find((other) => other.number < tier.number && same(tier, other));
    if (twin) return { twin: twin.number };
    const looser = tier.credit ? tiers.find((o) => o.credit && stricter(tier, o) && cmp(tier.credit!, o.credit) <= 0) : undefined;
    return looser ? { looser: looser.number } : {};
  });
}

const tierList = (ops: readonly string[]) =>
  fc.array(
    fc.record({ op: fc.constantFrom(...ops), bound: fc.integer({ min: 90, max: 99 }), credit: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }) }),
    { maxLength: 14 },
  ).map((specs) =>
    specs.map((s, j): Tier => {
      const creditText = s.credit === undefined ? '' : `${s.credit * 5}%`;
      return { number: j + 1, path: ['metrics', 0, 'credits', j], when: parseCondition(`${s.op} ${s.bound}%`)!, credit: parsePercent(creditText), creditText };
    }),
  );

describe('tierVerdicts (against the pairwise comparison)', () => {
  for (const ops of [['<', '<='], ['>', '>=']]) {
    it(`finds the same twin and looser tier for tiers that start with ${ops.join(' or ')}`, () => {
      fc.assert(
        fc.property(tierList(ops), (tiers) => {
          const fast = tierVerdicts(tiers).map((v) => (v.twin ? { twin: v.twin.number } : v.looser ? { looser: v.looser.number } : {}));
          expect(fast).toEqual(bruteForce(tiers));
        }),
        { numRuns: 3000, seed: 8 },
      );
    });
  }
});
