import type { KindSpec } from './spec';

/** docs/changes/escalation-slowed.md */
export const escalationSlowed: KindSpec = {
  title: 'Escalation slowed',
  mirror: 'escalation-sped-up',
  benefits: 'provider',
  what: 'An escalation level is reached later after an incident is reported.',
  whom: 'The customer waits longer for senior attention.',
};
