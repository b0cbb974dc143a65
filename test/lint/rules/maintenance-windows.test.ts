import { maintenanceWindows } from '../../../src/lint/rules/maintenance-windows';
import { fixture, lintFile, where } from './lint-fixture';

describe('maintenance-windows', () => {
  it('bad.sla.yaml: reports windows that end before or when they start, a bad every and an impossible date', () => {
    expect(where(lintFile(maintenanceWindows, fixture('maintenance-windows', 'bad.sla.yaml')))).toEqual([
      "14:52 error maintenance window 'backwards' ends at 2026-10-17T22:00, not after it starts at 2026-10-18T06:00: `to` must come after `from`",
      "15:48 error maintenance window 'empty' ends at 2026-10-17T22:00:00, not after it starts at 2026-10-17T22:00: `to` must come after `from`",
      "16:30 error maintenance window 'midnight': '24:00-02:00' starts at 24:00: a range starts before midnight",
      "17:32 error maintenance window 'no-such-day': from 2026-02-29T01:00 is not a real date: 2026-02 has 28 days",
    ]);
  });

  it('good.sla.yaml: passes recurring, past-midnight and one-off windows', () => {
    expect(where(lintFile(maintenanceWindows, fixture('maintenance-windows', 'good.sla.yaml')))).toEqual([]);
  });
});
