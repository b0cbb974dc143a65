import { businessDaysWindow } from '../../../src/lint/rules/business-days-window';
import { fixture, lintFile, where } from './lint-fixture';

describe('business-days-window', () => {
  it('bad.sla.yaml: reports business-day limits measured around the clock, in within and in clocks', () => {
    expect(where(lintFile(businessDaysWindow, fixture('business-days-window', 'bad.sla.yaml')))).toEqual([
      "22:13 error metric 'resolution' counts a time limit in business days, but it is measured around the clock (24x7), where every day is a business day: set `window:` to the calendar of business hours (such as office), or write the limit as a duration",
      "34:71 error metric 'pooled' counts a time limit in business days, but it is measured around the clock (24x7), where every day is a business day: set `window:` to the calendar of business hours (such as office), or write the limit as a duration",
    ]);
  });

  it('good.sla.yaml: passes business days of a calendar and durations around the clock', () => {
    expect(where(lintFile(businessDaysWindow, fixture('business-days-window', 'good.sla.yaml')))).toEqual([]);
  });
});
