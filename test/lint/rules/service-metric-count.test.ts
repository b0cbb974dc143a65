import { serviceMetricCount } from '../../../src/lint/rules/service-metric-count';
import { fixture, lintFile, where } from './lint-fixture';

describe('service-metric-count', () => {
  it('bad.sla.yaml: warns of eight metrics on one service', () => {
    expect(where(lintFile(serviceMetricCount, fixture('service-metric-count', 'bad.sla.yaml')))).toEqual([
      "10:11 warning service 'hosting' has 8 metrics (more than 7): a few metrics that motivate the right behaviour serve better than many; keep the ones that matter",
    ]);
  });

  it('good.sla.yaml: passes seven metrics', () => {
    expect(where(lintFile(serviceMetricCount, fixture('service-metric-count', 'good.sla.yaml')))).toEqual([]);
  });
});

describe('service-metric-count option max', () => {
  it('moves the limit', () => {
    expect(lintFile(serviceMetricCount, fixture('service-metric-count', 'bad.sla.yaml'), { max: 8 })).toEqual([]);
    const findings = lintFile(serviceMetricCount, fixture('service-metric-count', 'good.sla.yaml'), { max: 6 });
    expect(findings.map((f) => f.message)).toEqual([
      "service 'hosting' has 7 metrics (more than 6): a few metrics that motivate the right behaviour serve better than many; keep the ones that matter",
    ]);
  });

  it('falls back to 7 when the option is not a whole number', () => {
    expect(lintFile(serviceMetricCount, fixture('service-metric-count', 'bad.sla.yaml'), { max: 'ten' })).toHaveLength(1);
    expect(lintFile(serviceMetricCount, fixture('service-metric-count', 'good.sla.yaml'), { max: 2.5 })).toEqual([]);
  });
});
