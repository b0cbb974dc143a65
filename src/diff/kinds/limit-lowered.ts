import type { KindSpec } from './spec';

/** docs/changes/limit-lowered.md */
export const limitLowered: KindSpec = {
  title: 'Usage limit lowered',
  mirror: 'limit-raised',
  benefits: 'provider',
  what: 'A service\'s usage limit is lowered, or a new one is set.',
  whom: 'The service levels hold only for less use, which favours the provider.',
};
