import { termOrder } from '../../../src/lint/rules/term-order';
import { fixture, lintFile, where } from './lint-fixture';

describe('term-order', () => {
  it('bad-date.sla.yaml: reports an impossible end date', () => {
    expect(where(lintFile(termOrder, fixture('term-order', 'bad-date.sla.yaml')))).toEqual([
      "6:8 error term.end 2027-02-29 is not a real date: 2027-02 has 28 days",
    ]);
  });

  it('bad.sla.yaml: reports a term that ends before it starts', () => {
    expect(where(lintFile(termOrder, fixture('term-order', 'bad.sla.yaml')))).toEqual([
      "4:33 error term.end 2026-01-01 is before term.start 2026-12-31: the term ends on or after the day it starts (the end date is inclusive)",
    ]);
  });

  it('bad-years.sla.yaml: reports an end beyond the years 1000 to 9998', () => {
    expect(where(lintFile(termOrder, fixture('term-order', 'bad-years.sla.yaml')))).toEqual([
      '4:33 error term.end 9999-12-31 is outside the years sla reads dates in, 1000 to 9998',
    ]);
  });

  it('good.sla.yaml: passes a one-day term', () => {
    expect(where(lintFile(termOrder, fixture('term-order', 'good.sla.yaml')))).toEqual([]);
  });
});
