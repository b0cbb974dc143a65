import { parseClaimDeadline, parseTimeLimit, usesBusinessDays } from '../../src/core/limit-text';

it('tells the forms of a time limit apart', () => {
  expect(parseTimeLimit('30m')).toEqual({ kind: 'duration', text: '30m' });
  expect(parseTimeLimit('PT8H')).toEqual({ kind: 'duration', text: 'PT8H' });
  expect(parseTimeLimit('3 business days')).toEqual({ kind: 'business-days', days: 3, by: null });
  expect(parseTimeLimit('1 business day')).toEqual({ kind: 'business-days', days: 1, by: null });
  expect(parseTimeLimit('2 business days by 17:00')).toEqual({ kind: 'business-days', days: 2, by: '17:00' });
  expect(parseTimeLimit('8 hours')).toBeNull();
  expect(parseTimeLimit({ by: 'priority' })).toBeNull();
});

it('tells the forms of a claim deadline apart', () => {
  expect(parseClaimDeadline('30d')).toEqual({ kind: 'duration', text: '30d' });
  expect(parseClaimDeadline('15 days')).toEqual({ kind: 'calendar-days', count: 15 });
  expect(parseClaimDeadline('15 calendar days')).toEqual({ kind: 'calendar-days', count: 15 });
  expect(parseClaimDeadline('10 business days')).toEqual({ kind: 'business-days', count: 10 });
  expect(parseClaimDeadline('1 month')).toEqual({ kind: 'months', count: 1 });
  expect(parseClaimDeadline('2 periods')).toEqual({ kind: 'periods', count: 2 });
  expect(parseClaimDeadline('soon')).toBeNull();
});

it('finds business days in one limit or in limits by column', () => {
  expect(usesBusinessDays('3 business days')).toBe(true);
  expect(usesBusinessDays('72h')).toBe(false);
  expect(usesBusinessDays({ by: 'priority', limits: { urgent: '4h' }, default: '2 business days by 17:00' })).toBe(true);
  expect(usesBusinessDays({ by: 'priority', limits: { urgent: '4h', high: '3 business days' } })).toBe(true);
  expect(usesBusinessDays({ by: 'priority', limits: { urgent: '4h' } })).toBe(false);
  expect(usesBusinessDays(undefined)).toBe(false);
});
