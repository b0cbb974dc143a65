import type { KindSpec } from './spec';

/** docs/changes/cap-lowered.md */
export const capLowered: KindSpec = {
  title: 'Credit cap lowered',
  mirror: 'cap-raised',
  benefits: 'provider',
  what: 'The most a service\'s credits can be in one period is lower (or a cap is set where there was none).',
  whom: 'The customer can receive less, which favours the provider.',
};
