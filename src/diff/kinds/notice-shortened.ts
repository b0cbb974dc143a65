import type { KindSpec } from './spec';

/** docs/changes/notice-shortened.md */
export const noticeShortened: KindSpec = {
  title: 'Notice shortened',
  mirror: 'notice-lengthened',
  benefits: 'provider',
  what: 'A notice period is shorter: maintenance is announced later, or renewal can be stopped later.',
  whom: 'Maintenance announced at shorter notice favours the provider; a renewal notice binds both parties and is for review.',
};
