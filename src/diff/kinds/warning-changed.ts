import type { KindSpec } from './spec';

/** docs/changes/warning-changed.md */
export const warningChanged: KindSpec = {
  title: 'Warning changed',
  mirror: 'warning-changed',
  benefits: 'neutral',
  what: 'The `warning` level of a metric (when a met target is reported at risk) changed.',
  whom: 'A warning only marks met periods as at risk in reports; it owes nothing, so it favours neither party.',
};
