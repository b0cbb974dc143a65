import type { KindSpec } from './spec';

/** docs/changes/target-made-strict.md */
export const targetMadeStrict: KindSpec = {
  title: 'Target made strict',
  mirror: 'target-made-inclusive',
  benefits: 'counterparty',
  what: 'The target\'s number stays but its comparison becomes strict (`>= 99.9%` → `> 99.9%`): the value on the bound itself no longer meets it.',
  whom: 'Fewer values meet the target, so the metric\'s owner must do (slightly) more.',
};
