import { validTimezone } from '../../../src/lint/rules/valid-timezone';
import { fixture, lintFile, where } from './lint-fixture';

describe('valid-timezone', () => {
  it('bad.sla.yaml: reports unknown zones of the agreement, a calendar and a data source', () => {
    expect(where(lintFile(validTimezone, fixture('valid-timezone', 'bad.sla.yaml')))).toEqual([
      "5:11 error the agreement timezone 'Europe/Berln' is not an IANA time zone such as Europe/Berlin or Etc/UTC (did you mean 'Europe/Berlin'?)",
      "13:15 error calendar 'support-hours' timezone 'Europe/Londn' is not an IANA time zone such as Europe/Berlin or Etc/UTC (did you mean 'Europe/London'?)",
      "16:64 error data source 'incidents' timezone 'Mars/Olympus_Mons' is not an IANA time zone such as Europe/Berlin or Etc/UTC",
    ]);
  });

  it('good.sla.yaml: passes IANA zones, UTC and Etc/UTC', () => {
    expect(where(lintFile(validTimezone, fixture('valid-timezone', 'good.sla.yaml')))).toEqual([]);
  });
});
