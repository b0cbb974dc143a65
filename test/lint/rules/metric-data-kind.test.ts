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

  it('bad-clauses.sla.yaml: reports signals, deployed, excluded and pauses sources of the wrong kind, and a credit base that is not charges', () => {
    expect(where(lintFile(metricDataKind, fixture('metric-data-kind', 'bad-clauses.sla.yaml')))).toEqual([
      "25:23 error metric 'uptime' takes a downtime signal from data source 'tickets', which holds items: a signal reads 'intervals', 'events' or 'counts'",
      "26:23 error metric 'uptime' reads deployed time from data source 'requests', which holds events: deployed time is read from intervals",
      "27:23 error metric 'uptime' reads excluded time from data source 'billing', which holds charges: excluded time is read from intervals",
      "28:33 error metric 'uptime' reads excluded time from data source 'tickets', which holds items: excluded time is read from intervals",
      "38:21 error metric 'response' pauses on data source 'requests', which holds events: pauses are read from intervals",
      "10:52 error service 'hosting' takes its credit base from data source 'incidents', which holds intervals: a credit base is read from charges",
    ]);
  });

  it('good.sla.yaml: passes each kind on its data, aggregate on items', () => {
    expect(where(lintFile(metricDataKind, fixture('metric-data-kind', 'good.sla.yaml')))).toEqual([]);
  });
});
