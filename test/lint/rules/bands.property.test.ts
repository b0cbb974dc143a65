import fc from 'fast-check';
import { loadDocument } from '../../../src/core/load';
import { runRule } from '../../../src/lint/context';
import { creditTierGap } from '../../../src/lint/rules/credit-tier-gap';
import { creditTierMeetsTarget } from '../../../src/lint/rules/credit-tier-meets-target';

// Bounds on a grid of tenths from 95% to 100%; every value in hundredths there (and one far below) is a witness.
type Op = '<' | '<=' | '>' | '>=';
const bound = fc.integer({ min: 950, max: 1000 }).map((t) => t / 10);
const down = fc.constantFrom<Op>('<', '<=');
const up = fc.constantFrom<Op>('>', '>=');
/** A tier: one condition pointing to the breach side (`towards`), or a band of a lower and an upper bound. */
const tier = (towards: fc.Arbitrary<Op>) =>
  fc.oneof(
    fc.record({ a: fc.tuple(towards, bound) }).map(({ a }) => [a] as Array<[Op, number]>),
    fc.record({ lo: fc.tuple(up, bound), hi: fc.tuple(down, bound) }).map(({ lo, hi }) => [lo, hi] as Array<[Op, number]>),
  );
const metric = fc.oneof(
  fc.tuple(fc.tuple(up, bound), fc.array(tier(down), { minLength: 1, maxLength: 4 })),
  fc.tuple(fc.tuple(down, bound), fc.array(tier(up), { minLength: 1, maxLength: 4 })),
);
const holds = ([op, b]: [Op, number], v: number): boolean => (op === '<' ? v < b : op === '<=' ? v <= b : op === '>' ? v > b : v >= b);
const grid = [0, 50, ...Array.from({ length: 1021 }, (_, i) => 94.9 + i * 0.005)].map((v) => Math.round(v * 1000) / 1000);

function lint(target: [Op, number], tiers: Array<Array<[Op, number]>>) {
  const when = (parts: Array<[Op, number]>): string => parts.map(([op, b]) => `${op} ${b}%`).join(' and ');
  const text = [
    'sla: 1',
    'id: P',
    'title: P',
    'term: { start: 2026-01-01, end: 2026-12-31 }',
    'timezone: Etc/UTC',
    'parties: [{ id: p, role: provider, name: P }]',
    'services: [{ id: s, name: S }]',
    'data: { d: { kind: intervals, file: d.csv } }',
    'metrics:',
    `  - { id: m, name: M, service: s, owner: p, kind: availability, data: d, period: month, target: "${target[0]} ${target[1]}%", credits: [${tiers.map((t) => `{ when: "${when(t)}", credit: 5% }`).join(', ')}] }`,
  ].join('\n');
  const doc = loadDocument(Buffer.from(text), 'p.sla.yaml');
  const run = (rule: typeof creditTierGap) => runRule(rule, doc, { severity: 'error', fileExists: () => true });
  return { gaps: run(creditTierGap), meets: run(creditTierMeetsTarget) };
}

describe('tiers and bands as sets of values (against brute force)', () => {
  it('credit-tier-gap reports a hole exactly when some breaching value matches no tier (of those that hold a value), and meets-target a tier exactly when it holds a met value', () => {
    fc.assert(
      fc.property(metric, ([target, tiers]) => {
        const { gaps, meets } = lint(target, tiers);
        const inBand = (t: Array<[Op, number]>, v: number) => t.every((p) => holds(p, v));
        // a band that holds no value is credit-band's finding, one that holds only met values meets-target's:
        // with no tier on the breach side, the gap rule says nothing more
        const live = tiers.filter((t) => grid.some((v) => v <= 100 && !holds(target, v) && inBand(t, v)));
        const uncovered = live.length > 0 && grid.some((v) => v <= 100 && !holds(target, v) && !live.some((t) => inBand(t, v)));
        expect(gaps.length > 0).toBe(uncovered);
        const meeting = tiers.filter((t) => grid.some((v) => v <= 100 && holds(target, v) && inBand(t, v))).length;
        expect(meets.length).toBe(meeting);
      }),
      { numRuns: 600 },
    );
  });
});
