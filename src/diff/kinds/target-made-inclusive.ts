import type { KindSpec } from './spec';

/** docs/changes/target-made-inclusive.md */
export const targetMadeInclusive: KindSpec = {
  title: 'Target made inclusive',
  mirror: 'target-made-strict',
  benefits: 'owner',
  what: 'The target\'s number stays but its comparison includes the bound (`> 99.9%` → `>= 99.9%`): the value on the bound now meets it.',
  whom: 'More values meet the target, so the metric\'s owner gains (slightly).',
};
