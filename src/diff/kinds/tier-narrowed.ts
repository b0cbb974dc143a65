import type { KindSpec } from './spec';

/** docs/changes/tier-narrowed.md */
export const tierNarrowed: KindSpec = {
  title: 'Credit tier narrowed',
  mirror: 'tier-widened',
  benefits: 'owner',
  what: 'A credit tier\'s condition holds for fewer values (`< 99.5%` → `< 99%`): the credit is earned later.',
  whom: 'Fewer values earn the tier\'s credit, which favours the provider for a provider\'s metric.',
};
