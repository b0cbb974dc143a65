import { parseCondition } from '../../src/core/condition';
import { fromDec, type Ratio } from '../../src/core/ratio';
import { CreditBases, earnBack, metricCredit, serviceCredits, type MetricCredit } from '../../src/evaluate/credits';
import { dec, toNumber } from '../../src/evaluate/decimal';
import type { AgreementShape } from '../../src/evaluate/model';
import { ALWAYS, getZone, parsePeriodLabel, type KindPeriod } from '../../src/time';

const pct = (num: number, den: number) => ({ num, den, scale: 100 });
const inputs = { metric: 'm', base: null, facts: undefined, periodMs: 1, target: parseCondition('>= 99.9%')! };
const credit = (tiers: { when: string; credit: string }[], num: number, den: number) => {
  const c = metricCredit(tiers, pct(num, den), '%', inputs);
  return c === null ? null : toNumber(c.percent!);
};

describe('tier credits', () => {
  const lt = [
    { when: '< 99.9%', credit: '10%' },
    { when: '< 99%', credit: '25%' },
  ];
  const lte = [
    { when: '<= 99.9%', credit: '10%' },
    { when: '< 99%', credit: '25%' },
  ];
  it("'<' and '<=' differ exactly at the bound", () => {
    expect(credit(lt, 999, 1000)).toBeNull();
    expect(credit(lte, 999, 1000)).toBe(10);
    expect(credit(lt, 998, 1000)).toBe(10);
  });
  it('the largest matching tier wins, whatever the order', () => {
    expect(credit(lt, 95, 100)).toBe(25);
    expect(credit([...lt].reverse(), 95, 100)).toBe(25);
  });
  it('a value in a gap between tiers earns nothing', () => {
    const gap = [
      { when: '< 99%', credit: '5%' },
      { when: '< 95%', credit: '10%' },
    ];
    expect(credit(gap, 995, 1000)).toBeNull();
  });
});

describe('earn-back', () => {
  const met = { status: 'met' as const, partial: false };
  const atRisk = { status: 'at-risk' as const, partial: false };
  const breached = { status: 'breached' as const, partial: false };
  it('is waived when each of the next N complete periods is met or at-risk', () => {
    expect(earnBack([atRisk, met], 2)).toBe('waived');
    expect(earnBack([met, met, breached], 2)).toBe('waived');
  });
  it('is pending while fewer than N complete periods follow and none missed', () => {
    expect(earnBack([met], 2)).toBe('pending');
    expect(earnBack([], 1)).toBe('pending');
    expect(earnBack([met, { status: 'met', partial: true }], 2)).toBe('pending');
  });
  it('stands once a later period misses', () => {
    expect(earnBack([met, breached], 2)).toBeNull();
    expect(earnBack([breached], 2)).toBeNull();
    expect(earnBack([{ status: 'no-data', partial: false }], 1)).toBeNull();
  });
});

describe('service credits', () => {
  const agreement = (credits: AgreementShape['credits'], fee?: number): AgreementShape => ({
    id: 'A',
    title: 'A',
    term: { start: '2026-01-01', end: '2026-12-31' },
    timezone: 'UTC',
    currency: 'EUR',
    metrics: [],
    services: [{ id: 's', ...(fee === undefined ? {} : { fee: { amount: fee, per: 'month' as const } }) }, { id: 'other' }],
    credits,
  });
  const zone = getZone('UTC');
  const month = (label: string): KindPeriod => parsePeriodLabel(label, zone)!;
  /** A percent credit as assemble makes it: the amount is the share of the service's base. */
  const setting = (a: AgreementShape) => {
    const bases = new CreditBases(a, zone, new Map());
    return { agreement: a, zone, term: { start: 0, end: 1 }, baseOf: bases.baseOf.bind(bases), calendar: () => ALWAYS };
  };
  const credits = (a: AgreementShape, list: [string, string, string?][]) => {
    const s = setting(a);
    const mcs: MetricCredit[] = list.map(([label, percent, service = 's']) => {
      const period = month(label);
      const base: Ratio | null = s.baseOf(service, null, period);
      const p = dec(percent);
      return { service, resource: null, period, percent: p, amount: base && { n: base.n * fromDec(p).n, d: base.d * fromDec(p).d * 100n } };
    });
    return serviceCredits(s, mcs);
  };

  it('combines by max by default, or sum, then caps', () => {
    const list: [string, string][] = [['2026-09', '5'], ['2026-09', '10'], ['2026-08', '3']];
    expect(credits(agreement({}, 12000), list)).toEqual([
      { service: 's', period: '2026-08', percent: 3, amount: 360, currency: 'EUR', belowMinimum: false, base: 12000, claimBy: null },
      { service: 's', period: '2026-09', percent: 10, amount: 1200, currency: 'EUR', belowMinimum: false, base: 12000, claimBy: null },
    ]);
    expect(credits(agreement({ combine: 'sum' }, 12000), list)[1]).toMatchObject({ percent: 15, amount: 1800 });
    expect(credits(agreement({ combine: 'sum', cap: '12%' }, 12000), list)[1]).toMatchObject({ percent: 12, amount: 1440, capped: true });
  });

  it('amounts are exact', () => {
    expect(credits(agreement({ combine: 'sum' }, 999.99), [['2026-01', '0.1'], ['2026-01', '0.2']])[0]).toMatchObject({ percent: 0.3, amount: 2.99997 });
  });

  it('a credit strictly below the minimum is listed with amount 0; exactly the minimum is issued', () => {
    expect(credits(agreement({ minimum: 100 }, 500), [['2026-02', '10']])[0]).toMatchObject({ amount: 0, belowMinimum: true, percent: 10 });
    expect(credits(agreement({ minimum: 100 }, 1000), [['2026-01', '10']])[0]).toMatchObject({ amount: 100, belowMinimum: false });
  });

  it('a service without a fee has amount null and is never below the minimum', () => {
    expect(credits(agreement({ minimum: 100 }), [['2026-01', '10']])[0]).toMatchObject({ amount: null, belowMinimum: false, base: null });
  });

  it('lists services in the agreement order and leaves out zero credits', () => {
    const out = credits(agreement({}, 100), [['2026-01', '5', 'other'], ['2026-01', '0'], ['2026-02', '1']]);
    expect(out.map((c) => `${c.service}/${c.period}`)).toEqual(['s/2026-02', 'other/2026-01']);
  });
});
