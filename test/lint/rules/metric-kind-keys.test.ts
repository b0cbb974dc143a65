import { metricKindKeys } from '../../../src/lint/rules/metric-kind-keys';
import { fixture, lintFile, where } from './lint-fixture';

describe('metric-kind-keys', () => {
  it('bad-ignored.sla.yaml: warns of keys the kind ignores, at the key', () => {
    expect(where(lintFile(metricKindKeys, fixture('metric-kind-keys', 'bad-ignored.sla.yaml')))).toEqual([
      "21:5 warning availability metric 'uptime' over intervals ignores `slice` (the length of the slices availability is cut into): remove it",
      "31:5 warning ratio metric 'fast' over events ignores `within` (the time an item must finish within): remove it",
      "40:5 warning aggregate metric 'requests' over events ignores `value` (the column the number is read from): remove it",
    ]);
  });

  it('bad-missing.sla.yaml: reports keys the kind needs, at the kind', () => {
    expect(where(lintFile(metricKindKeys, fixture('metric-kind-keys', 'bad-missing.sla.yaml')))).toEqual([
      "19:11 error availability metric 'api-uptime' over events needs `downWhen` (when a slice counts as down)",
      "28:11 error percentile metric 'latency' over events needs `percentile` (which percentile, such as 95)",
      "37:11 error duration metric 'response' over items needs `within` (the time an item must finish within)",
      "47:11 error aggregate metric 'revenue' over events needs `value` (the column the number is read from)",
    ]);
  });

  it('bad-clauses.sla.yaml: warns of slice keys over intervals, from beside clocks and per outside availability; a mean of slices needs no downWhen', () => {
    expect(where(lintFile(metricKindKeys, fixture('metric-kind-keys', 'bad-clauses.sla.yaml')))).toEqual([
      "24:5 warning availability metric 'uptime' over intervals ignores `emptySlices` (what a slice without rows is): remove it",
      "25:5 warning availability metric 'uptime' over intervals ignores `sliceMeasure` (whether slices count as downtime or by their mean): remove it",
      "32:5 warning duration metric 'pooled' over items ignores `from` (the column with the start time): remove it",
      "42:5 warning ratio metric 'success' over counts ignores `per` (the column naming each resource evaluated on its own): remove it",
    ]);
  });

  it('good.sla.yaml: passes metrics of every kind with exactly their keys', () => {
    expect(where(lintFile(metricKindKeys, fixture('metric-kind-keys', 'good.sla.yaml')))).toEqual([]);
  });
});
