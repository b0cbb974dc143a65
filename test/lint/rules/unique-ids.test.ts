import { uniqueIds } from '../../../src/lint/rules/unique-ids';
import { fixture, lintFile, where } from './lint-fixture';

describe('unique-ids', () => {
  it('bad.sla.yaml: reports the second use of a party, service, metric and maintenance window id, naming the first', () => {
    expect(where(lintFile(uniqueIds, fixture('unique-ids', 'bad.sla.yaml')))).toEqual([
      "8:11 error party id 'provider' is already used by parties[0] (line 7): ids must be unique",
      "11:11 error service id 'hosting' is already used by services[0] (line 10): ids must be unique",
      "21:11 error metric id 'uptime' is already used by metrics[0] (line 20): ids must be unique",
      "16:13 error maintenance window id 'patching' is already used by maintenance.windows[0] (line 15): ids must be unique",
    ]);
  });

  it('good.sla.yaml: passes ids unique within each list, even when lists share an id', () => {
    expect(where(lintFile(uniqueIds, fixture('unique-ids', 'good.sla.yaml')))).toEqual([]);
  });
});
