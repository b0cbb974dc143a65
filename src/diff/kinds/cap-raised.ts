import type { KindSpec } from './spec';

/** docs/changes/cap-raised.md */
export const capRaised: KindSpec = {
  title: 'Credit cap raised',
  mirror: 'cap-lowered',
  benefits: 'customer',
  what: 'The cap on a service\'s credits per period is higher (or removed).',
  whom: 'The customer can receive more.',
};
