import { agreementWith, evaluate, utc } from '../helpers';

// Credit bases, forms, minimum, caps and claims (docs/semantics.md, "Clauses
// of real contracts"), worked out by hand in each test. Data are given as CSV
// texts; every agreement is in UTC with a term of 2026.

const outages = { kind: 'intervals', file: 'outages.csv', columns: { start: 'start', end: 'end' } };
const charges = { kind: 'charges', file: 'charges.csv', columns: { period: 'period', amount: 'amount' } };
const uptime = (extra: Record<string, unknown> = {}) => ({
  id: 'up',
  name: 'Uptime',
  service: 'svc',
  owner: 'p',
  kind: 'availability',
  data: 'outages',
  period: 'month',
  target: '>= 99.9%',
  credits: [{ when: '< 99.9%', credit: '10%' }],
  ...extra,
});
// 44.64 minutes of January (44,640 minutes) is 0.1% down: 99.9% exactly
const JAN_0_1 = 'start,end\n2026-01-10T00:00:00Z,2026-01-10T00:44:38.400Z\n';
// 89.28 minutes: 0.2% down, 99.8%
const JAN_0_2 = 'start,end\n2026-01-10T00:00:00Z,2026-01-10T01:29:16.800Z\n';
const asOf = utc('2026-12-20T00:00:00Z');

describe('credit bases', () => {
  it('converts a monthly fee for a quarterly metric by the stated rule, and refuses without one', () => {
    const base = (rule?: string) =>
      evaluate(
        agreementWith({ data: { outages }, metrics: [uptime({ period: 'quarter' })], ...(rule ? { credits: { feeConversion: rule } } : {}) }),
        { period: '2026-Q1', asOf },
        // five hours of the quarter's 2,160: 99.77%, breached
        { outages: 'start,end\n2026-01-10T00:00:00Z,2026-01-10T05:00:00Z\n' },
      ).credits[0];
    // 3 × 1,000: the months lie within the quarter, whole under either rule; 10% of it
    expect(base('equal-parts')).toMatchObject({ base: 3000, amount: 300 });
    expect(base('prorate')).toMatchObject({ base: 3000, amount: 300 });
    expect(() => base()).toThrow(/fee of service 'svc' is per month.*credits.feeConversion/);
  });

  it('converts a quarterly fee for a monthly metric: equal parts, or prorated by time', () => {
    const base = (rule: string) =>
      evaluate(
        agreementWith({ data: { outages }, metrics: [uptime()], services: [{ id: 'svc', name: 'S', fee: { amount: 9000, per: 'quarter' } }], credits: { feeConversion: rule } }),
        { period: '2026-01', asOf },
        { outages: JAN_0_2 },
      ).credits[0];
    expect(base('equal-parts')).toMatchObject({ base: 3000, amount: 300 });
    // January is 31 of the quarter's 90 days: 9,000 × 31 / 90 = 3,100
    expect(base('prorate')).toMatchObject({ base: 3100, amount: 310 });
  });

  it('takes the charges of the period, or of the one before', () => {
    const text = 'period,amount\n2025-12,500.50\n2026-01,800.25\n';
    const run = (period?: string) =>
      evaluate(
        agreementWith({ data: { outages, charges }, metrics: [uptime()], services: [{ id: 'svc', name: 'S', base: { charges: 'charges', ...(period ? { period } : {}) } }] }),
        { period: '2026-01', asOf },
        { outages: JAN_0_2, charges: text },
      ).credits[0];
    expect(run()).toMatchObject({ base: 800.25, amount: 80.025 });
    expect(run('previous')).toMatchObject({ base: 500.5, amount: 50.05 });
  });

  it('a charges row in another currency, or a negative charge, is a row error', () => {
    const cur = { ...charges, columns: { ...charges.columns, currency: 'currency' } };
    const run = (text: string) =>
      evaluate(agreementWith({ data: { outages, charges: cur }, metrics: [uptime()], services: [{ id: 'svc', name: 'S', base: { charges: 'charges' } }] }), { period: '2026-01', asOf }, { outages: JAN_0_2, charges: text });
    expect(() => run('period,amount,currency\n2026-01,10,USD\n')).toThrow(/currency: the charge is not in EUR/);
    expect(() => run('period,amount,currency\n2026-01,-10,EUR\n')).toThrow(/amount: a charge cannot be negative/);
    expect(() => run('period,amount,currency\n2026-13,10,EUR\n')).toThrow(/period: not a billing period/);
  });
});

describe('credit forms', () => {
  it('a band leaves its hole: exactly 99.0% earns nothing', () => {
    const bands = [
      { when: '> 99% and <= 99.9%', credit: '10%' },
      { when: '< 99%', credit: '25%' },
    ];
    const run = (text: string) =>
      evaluate(agreementWith({ data: { outages }, metrics: [uptime({ target: '> 99.9%', credits: bands })] }), { period: '2026-01', asOf }, { outages: text }).results[0]!;
    expect(run(JAN_0_1)).toMatchObject({ value: 99.9, status: 'breached', credit: 10 });
    // 446.4 minutes of 44,640: 99.0% exactly, in no band
    expect(run('start,end\n2026-01-10T00:00:00Z,2026-01-10T07:26:24Z\n')).toMatchObject({ value: 99, status: 'breached', credit: 0 });
    expect(run('start,end\n2026-01-10T00:00:00Z,2026-01-10T07:27:00Z\n')).toMatchObject({ status: 'breached', credit: 25 });
  });

  it('a multiple of the charges for the downtime, exactly: base × downtime ÷ the period × N', () => {
    const run = (of: string, text = JAN_0_2) =>
      evaluate(agreementWith({ data: { outages }, metrics: [uptime({ credits: [{ when: '< 99.9%', credit: { times: 10, of } }] })] }), { period: '2026-01', asOf }, { outages: text });
    // 89.28 of 44,640 minutes = 0.2% of January: 1,000 × 0.002 × 10 = 20
    const all = run('downtime');
    expect(all.credits[0]).toMatchObject({ amount: 20, percent: 2, base: 1000 });
    expect(all.results[0]).toMatchObject({ creditForm: 'multiple', multiplier: 10, creditAmount: 20, credit: 2 });
    // beyond the 0.1% the target allows: 0.1% × 1,000 × 10 = 10
    expect(run('downtime-beyond-target').credits[0]).toMatchObject({ amount: 10 });
    // a third of a minute down: 1,000 × (20 s / 2,678,400 s) × 10, not a finite decimal, exact until printed
    const third = run('downtime', 'start,end\n2026-01-10T00:00:00Z,2026-01-10T01:29:36.800Z\n');
    expect(third.credits[0]!.amount).toBe((1000 * 10 * 5376.8) / 2678400);
  });

  it('a fixed amount per period or per incident', () => {
    const run = (per: string) =>
      evaluate(agreementWith({ data: { outages }, metrics: [uptime({ credits: [{ when: '< 99.9%', credit: { amount: 50, per } }] })] }), { period: '2026-01', asOf }, {
        // two stretches (the second one touching a third row is one stretch): two incidents
        outages: 'start,end\n2026-01-10T00:00:00Z,2026-01-10T01:00:00Z\n2026-01-20T00:00:00Z,2026-01-20T00:30:00Z\n2026-01-20T00:30:00Z,2026-01-20T01:00:00Z\n',
      }).credits[0];
    expect(run('period')).toMatchObject({ amount: 50, percent: 5 });
    expect(run('incident')).toMatchObject({ amount: 100, percent: 10 });
  });

  it('the minimum: an amount withholds what is below it; a condition issues only what satisfies it', () => {
    const run = (minimum: unknown) =>
      evaluate(agreementWith({ data: { outages }, metrics: [uptime()], credits: { minimum } }), { period: '2026-01', asOf }, { outages: JAN_0_2 }).credits[0];
    // 10% of 1,000 = 100
    expect(run(100)).toMatchObject({ amount: 100, belowMinimum: false });
    expect(run(100.01)).toMatchObject({ amount: 0, belowMinimum: true, percent: 10 });
    expect(run('>= 100')).toMatchObject({ amount: 100, belowMinimum: false });
    expect(run('> 100')).toMatchObject({ amount: 0, belowMinimum: true });
    expect(run('> 99.99')).toMatchObject({ amount: 100, belowMinimum: false });
  });
});

describe('caps over spans', () => {
  // 0.2% down in each of January, February and March: 10% of 1,000 = 100 a month
  const three = 'start,end\n2026-01-10T00:00:00Z,2026-01-10T01:29:16.800Z\n2026-02-10T00:00:00Z,2026-02-10T01:30:00Z\n2026-03-10T00:00:00Z,2026-03-10T01:30:00Z\n';
  const run = (caps: unknown[]) =>
    evaluate(agreementWith({ data: { outages }, metrics: [uptime()], credits: { caps } }), { from: '2026-01', to: '2026-03', asOf }, { outages: three }).credits.map((c) => [c.period, c.amount, c.capped ?? false]);

  it('in money per quarter: what the earlier months used is gone', () => {
    expect(run([{ max: 250, per: 'quarter' }])).toEqual([
      ['2026-01', 100, false],
      ['2026-02', 100, false],
      ['2026-03', 50, true],
    ]);
  });

  it('as a share of the base over the span, per year', () => {
    // 12 months × 1,000 = 12,000; 1.5% of it = 180
    expect(run([{ max: '1.5%', per: 'year' }])).toEqual([
      ['2026-01', 100, false],
      ['2026-02', 80, true],
      ['2026-03', 0, true],
    ]);
  });

  it('in days of paid service: the base over the span × days / the span in days', () => {
    // a month: 1,000 × 2 / 31 for January (64.516…), 1,000 × 2 / 28 for February
    expect(run([{ max: '2 days', per: 'period' }])).toEqual([
      ['2026-01', 2000 / 31, true],
      ['2026-02', 2000 / 28, true],
      ['2026-03', 2000 / 31, true],
    ]);
  });

  it('over the term and over twelve months in a row', () => {
    expect(run([{ max: 150, per: 'term' }]).map((c) => c[1])).toEqual([100, 50, 0]);
    expect(run([{ max: 200, per: 'rolling-12-months' }]).map((c) => c[1])).toEqual([100, 100, 0]);
  });
});

describe('claim-by dates', () => {
  const run = (claim: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    evaluate(agreementWith({ data: { outages }, metrics: [uptime()], credits: { claim }, ...extra }), { period: '2026-01', asOf }, { outages: JAN_0_2 }).credits[0]!.claimBy;

  it('count from the end of the period: a duration, days, months or periods', () => {
    // January ends 2026-02-01T00:00Z
    expect(run({ within: '30d' })).toBe('2026-03-02');
    expect(run({ within: '15 days' })).toBe('2026-02-15');
    expect(run({ within: '2 months' })).toBe('2026-03-31');
    expect(run({ within: '2 periods' })).toBe('2026-03-31');
    expect(run({})).toBeNull();
  });

  it("count from the end of the period's first incident with after: incident", () => {
    // the outage ends 2026-01-10T01:29:16.8Z; fifteen days later is 25 January
    expect(run({ within: '15 days', after: 'incident' })).toBe('2026-01-25');
  });

  it('count business days of a calendar', () => {
    const calendars = { office: { hours: { 'mon-fri': '09:00-17:00' }, holidays: [{ date: '2026-02-03' }] } };
    // Feb 2 (Mon), [Feb 3 holiday], 4, 5, 6 → the 4th business day is Fri 6 Feb
    expect(run({ within: '4 business days', calendar: 'office' }, { calendars })).toBe('2026-02-06');
  });
});
