import type { KindSpec } from './spec';

/** docs/changes/fee-lowered.md */
export const feeLowered: KindSpec = {
  title: 'Fee lowered',
  mirror: 'fee-raised',
  benefits: 'customer',
  what: 'A service\'s fee per period is lowered.',
  whom: 'The customer pays less (credits, a share of the fee, shrink with it).',
};
