import { periodOf, sliceOf } from '../../src/import/openslo/window';

describe('the period of an OpenSLO time window', () => {
  it('a calendar window of one period is that period', () => {
    expect(periodOf({ duration: '1M', calendar: {} })).toEqual({ period: 'month', guess: null });
    expect(periodOf({ duration: '1Q', calendar: {}, isRolling: false })).toEqual({ period: 'quarter', guess: null });
    expect(periodOf({ duration: '1w', calendar: {} })).toEqual({ period: 'week', guess: null });
  });

  it('`1m` with a calendar is a month written in minutes; rolling windows are the nearest period; each said', () => {
    expect(periodOf({ duration: '1m', calendar: {} })).toEqual({ period: 'month', guess: "duration '1m' is one minute; with a calendar a month (1M) was probably meant" });
    expect(periodOf({ duration: '28d', isRolling: true })).toEqual({ period: 'month', guess: 'rolling window of 28d: an agreement judges calendar periods, so a month (the nearest)' });
    expect(periodOf({ duration: '7d', isRolling: true }).period).toBe('week');
    expect(periodOf({ duration: '90d', isRolling: true }).period).toBe('quarter');
    expect(periodOf(undefined)).toEqual({ period: 'month', guess: 'no time window: a calendar month' });
    expect(periodOf({ duration: 'P30D' }).guess).toBe("time window 'P30D' is not a duration such as 1M: a calendar month");
  });

  it('a time slice in minutes or a shorthand', () => {
    expect([sliceOf(5), sliceOf('1m'), sliceOf('2h'), sliceOf('30s'), sliceOf(0)]).toEqual(['5m', '1m', '2h', null, null]);
  });
});
