import { metricOwnerParty } from '../../../src/lint/rules/metric-owner-party';
import { fixture, lintFile, where } from './lint-fixture';

describe('metric-owner-party', () => {
  it('bad.sla.yaml: reports an owner that is not a party and a metric without owner', () => {
    expect(where(lintFile(metricOwnerParty, fixture('metric-owner-party', 'bad.sla.yaml')))).toEqual([
      "17:12 error metric 'uptime' names owner 'provder', which is not a party (did you mean 'provider'?)",
      "22:9 error metric 'uptime-offhours' names no owner: add `owner:` with the id of the party that controls it (provider, customer)",
    ]);
  });

  it('good.sla.yaml: passes owners that are parties', () => {
    expect(where(lintFile(metricOwnerParty, fixture('metric-owner-party', 'good.sla.yaml')))).toEqual([]);
  });
});
