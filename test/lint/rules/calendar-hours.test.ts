import { calendarHours } from '../../../src/lint/rules/calendar-hours';
import { fixture, lintFile, where } from './lint-fixture';

describe('calendar-hours', () => {
  it('bad.sla.yaml: reports overlaps across keys, within a list and past midnight', () => {
    expect(where(lintFile(calendarHours, fixture('calendar-hours', 'bad.sla.yaml')))).toEqual([
      "15:12 error calendar 'office', hours 'wed': 17:00-20:00 overlaps 08:00-18:00 from 'mon-fri' on wed",
      "18:32 error calendar 'support', hours 'mon-fri': 11:00-19:00 overlaps 07:00-12:00 on mon, tue, wed, thu, fri",
      "22:12 error calendar 'night', hours 'sat': 01:00-05:00 overlaps 22:00-02:00 from 'fri' (fri, past midnight) on sat",
    ]);
  });

  it('good.sla.yaml: passes split days, past-midnight ranges, 24:00 and touching ranges', () => {
    expect(where(lintFile(calendarHours, fixture('calendar-hours', 'good.sla.yaml')))).toEqual([]);
  });
});
