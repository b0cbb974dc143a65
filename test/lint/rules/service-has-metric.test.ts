import { serviceHasMetric } from '../../../src/lint/rules/service-has-metric';
import { fixture, lintFile, where } from './lint-fixture';

describe('service-has-metric', () => {
  it('bad.sla.yaml: reports a service without metrics', () => {
    expect(where(lintFile(serviceHasMetric, fixture('service-has-metric', 'bad.sla.yaml')))).toEqual([
      "11:11 error service 'backup' has no metric: add a metric with `service: backup`, or remove the service",
    ]);
  });

  it('good.sla.yaml: passes services that each have a metric', () => {
    expect(where(lintFile(serviceHasMetric, fixture('service-has-metric', 'good.sla.yaml')))).toEqual([]);
  });
});
