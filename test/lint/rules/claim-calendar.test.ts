import { claimCalendar } from '../../../src/lint/rules/claim-calendar';
import { fixture, lintFile, where } from './lint-fixture';

describe('claim-calendar', () => {
  it('bad.sla.yaml: reports business days without a calendar', () => {
    expect(where(lintFile(claimCalendar, fixture('claim-calendar', 'bad.sla.yaml')))).toEqual([
      "25:20 error credits.claim.within is '10 business days', but no calendar says which days are business days: add `calendar:` with the calendar of business days (such as office)",
    ]);
  });

  it('bad-unused.sla.yaml: warns of a calendar the deadline does not use, at the key', () => {
    expect(where(lintFile(claimCalendar, fixture('claim-calendar', 'bad-unused.sla.yaml')))).toEqual([
      "28:25 warning credits.claim.calendar 'office' is not used: the deadline '30d' counts no business days; remove it or write the deadline in business days",
    ]);
  });

  it('good.sla.yaml: passes business days of a calendar', () => {
    expect(where(lintFile(claimCalendar, fixture('claim-calendar', 'good.sla.yaml')))).toEqual([]);
  });
});
