import type { KindSpec } from './spec';

/** docs/changes/notice-lengthened.md */
export const noticeLengthened: KindSpec = {
  title: 'Notice lengthened',
  mirror: 'notice-shortened',
  benefits: 'customer',
  what: 'A notice period is longer.',
  whom: 'Maintenance announced further ahead favours the customer; a renewal notice binds both parties and is for review.',
};
