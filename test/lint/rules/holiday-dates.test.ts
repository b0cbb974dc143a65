import { holidayDates } from '../../../src/lint/rules/holiday-dates';
import { fixture, lintFile, where } from './lint-fixture';

describe('holiday-dates', () => {
  it('bad.sla.yaml: reports an impossible date as an error and dates outside the term as warnings', () => {
    expect(where(lintFile(holidayDates, fixture('holiday-dates', 'bad.sla.yaml')))).toEqual([
      "15:17 error holiday 2026-02-30 (Not a day) of calendar 'office' is not a real date: 2026-02 has 28 days",
      "16:17 warning holiday 2025-12-25 (Christmas Day) of calendar 'office' lies outside the term (2026-01-01 to 2026-12-31), so it never applies",
      "18:17 warning holiday 2027-01-01 of calendar 'office' lies outside the term (2026-01-01 to 2026-12-31), so it never applies",
    ]);
  });

  it('good.sla.yaml: passes holidays on the first and last day of the term', () => {
    expect(where(lintFile(holidayDates, fixture('holiday-dates', 'good.sla.yaml')))).toEqual([]);
  });
});

describe('holiday-dates severities', () => {
  it('keeps the outside-the-term findings warnings when the rule is raised, and lowers all when it is lowered', () => {
    const file = fixture('holiday-dates', 'bad.sla.yaml');
    expect(lintFile(holidayDates, file, {}, 'error').map((f) => f.severity)).toEqual(['error', 'warning', 'warning']);
    expect(lintFile(holidayDates, file, {}, 'warning').map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
  });
});
