import { capDays } from '../../../src/lint/rules/cap-days';
import { fixture, lintFile, where } from './lint-fixture';

describe('cap-days', () => {
  it('bad.sla.yaml: warns of caps in days longer than their span', () => {
    expect(where(lintFile(capDays, fixture('cap-days', 'bad.sla.yaml')))).toEqual([
      "26:14 warning credits.caps[0] caps the credits at 90 days of service per credited period, longer than a credited period (a month has at most 31 days): the cap is more than the whole credit base of the span; lower it, or cap a longer span",
      "27:14 warning credits.caps[1] caps the credits at 400 days of service per year, longer than a year (at most 366 days): the cap is more than the whole credit base of the span; lower it, or cap a longer span",
    ]);
  });

  it('good.sla.yaml: passes caps within their span and caps in percent or money', () => {
    expect(where(lintFile(capDays, fixture('cap-days', 'good.sla.yaml')))).toEqual([]);
  });
});
