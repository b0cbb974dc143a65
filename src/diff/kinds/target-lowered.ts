import type { KindSpec } from './spec';

/** docs/changes/target-lowered.md */
export const targetLowered: KindSpec = {
  title: 'Target lowered',
  mirror: 'target-raised',
  benefits: 'owner',
  what: 'A metric\'s target asks for less: more values meet it (`>= 99.9%` → `>= 99.5%`, or `<= 600ms` → `<= 800ms`).',
  whom: 'The party that owns the metric finds it easier to meet: a provider\'s target lowered favours the provider, a customer obligation lowered favours the customer.',
};
