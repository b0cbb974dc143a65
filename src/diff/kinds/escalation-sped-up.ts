import type { KindSpec } from './spec';

/** docs/changes/escalation-sped-up.md */
export const escalationSpedUp: KindSpec = {
  title: 'Escalation sped up',
  mirror: 'escalation-slowed',
  benefits: 'customer',
  what: 'An escalation level is reached sooner.',
  whom: 'The customer gets senior attention sooner.',
};
