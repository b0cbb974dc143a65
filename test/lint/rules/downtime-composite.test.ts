import { downtimeComposite } from '../../../src/lint/rules/downtime-composite';
import { fixture, lintFile, where } from './lint-fixture';

describe('downtime-composite', () => {
  it('bad.sla.yaml: reports more components asked for than there are, and components without a column', () => {
    expect(where(lintFile(downtimeComposite, fixture('downtime-composite', 'bad.sla.yaml')))).toEqual([
      "22:36 error metric 'region' is down only while at least 4 components are down at once, but there are 3 (`outOf`): it could never be down; lower `atLeast` or raise `outOf`",
      "31:17 error metric 'region-b' counts components (`downtime.atLeast`) but names no column with them: add `downtime.of` (such as zone)",
    ]);
  });

  it('good.sla.yaml: passes two of three zones and any one zone', () => {
    expect(where(lintFile(downtimeComposite, fixture('downtime-composite', 'good.sla.yaml')))).toEqual([]);
  });
});
