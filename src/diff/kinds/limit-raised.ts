import type { KindSpec } from './spec';

/** docs/changes/limit-raised.md */
export const limitRaised: KindSpec = {
  title: 'Usage limit raised',
  mirror: 'limit-lowered',
  benefits: 'customer',
  what: 'A service\'s usage limit (`limits`) is raised, or removed.',
  whom: 'The service levels hold for more use, which favours the customer.',
};
