import type { KindSpec } from './spec';

/** docs/changes/fee-raised.md */
export const feeRaised: KindSpec = {
  title: 'Fee raised',
  mirror: 'fee-lowered',
  benefits: 'provider',
  what: 'A service\'s fee per period is raised.',
  whom: 'The customer pays more (credits, a share of the fee, grow with it).',
};
