import { excusesDirection } from '../../../src/lint/rules/excuses-direction';
import { fixture, lintFile, where } from './lint-fixture';

describe('excuses-direction', () => {
  it('bad.sla.yaml: reports excuses on a provider metric and excusing a customer metric', () => {
    expect(where(lintFile(excusesDirection, fixture('excuses-direction', 'bad.sla.yaml')))).toEqual([
      "23:5 error metric 'uptime' is owned by provider 'provider' but excuses other metrics: only a customer obligation, when missed, excuses the provider's metrics",
      "42:23 error metric 'reviewed' excuses metric 'announced', which is owned by customer 'customer': only provider metrics can be excused",
    ]);
  });

  it('good.sla.yaml: passes a customer metric that excuses a provider metric', () => {
    expect(where(lintFile(excusesDirection, fixture('excuses-direction', 'good.sla.yaml')))).toEqual([]);
  });
});
