import { metricDataKind } from '../../../src/lint/rules/metric-data-kind';
import { fixture, lintFile, where } from './lint-fixture';

describe('metric-data-kind', () => {
  it('bad.sla.yaml: reports metrics on the wrong kind of data and pauses that are not intervals', () => {
    expect(where(lintFile(metricDataKind, fixture('metric-data-kind', 'bad.sla.yaml')))).toEqual([
      "21:11 error metric 'uptime' (availability) reads data source 'tickets', which holds items: availability needs data of kind 'intervals', 'events' or 'counts'",
      "29:11 error metric 'latency' (percentile) reads data source 'incidents', which holds intervals: percentile needs data of kind 'events'",
      "44:13 error metric 'response' pauses on data source 'requests', which holds events: pauses are read from intervals",
    ]);
  });

  it('good.sla.yaml: passes each kind on its data, aggregate on items', () => {
    expect(where(lintFile(metricDataKind, fixture('metric-data-kind', 'good.sla.yaml')))).toEqual([]);
  });
});
