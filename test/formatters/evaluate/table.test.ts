import { table } from '../../../src/formatters/evaluate/table';
import { options, referenceEvaluation, withEdgeCases } from './fixture';

const ANSI = /\u001b\[/;

describe('table format', () => {
  it('shows a row per metric and period with display values and a summary', () => {
    const evaluation = referenceEvaluation('managed-hosting');
    const text = table(evaluation, options('managed-hosting'));
    expect(text).not.toMatch(ANSI);
    expect(text).toMatch(/uptime-business\s*│\s*2026-09\s*│\s*98\.30%\s*│\s*>= 99\.5%\s*│\s*breached\s*│\s*10% \(waived\)/);
    expect(text).toMatch(/checkout-p95\s*│\s*2026-11\s*│\s*622 ms/);
    expect(text).toContain('9 breached · 1 at risk · 13 met · 1 excused — credits owed €1,650.00');
    expect(text).toMatch(/support\s*│\s*2026-11\s*│\s*10%\s*│\s*€300\.00/);
  });

  it('writes money in the agreement locale and marks credits below the minimum', () => {
    const text = table(referenceEvaluation('saas-platform'), options('saas-platform'));
    expect(text).toContain('$0.00 (below minimum)');
    expect(text).toContain('credits owed $950.00');
  });

  it('colours statuses only when asked', () => {
    const evaluation = withEdgeCases(referenceEvaluation('managed-hosting'));
    const text = table(evaluation, options('managed-hosting', { color: true }));
    expect(text).toContain('\u001b[31mbreached\u001b[39m');
    expect(text).toContain('\u001b[32mmet\u001b[39m');
    expect(text).toContain('\u001b[33mat risk\u001b[39m');
    expect(text).toContain('\u001b[36mexcused\u001b[39m');
    expect(text).toContain('\u001b[90mno data\u001b[39m');
  });

  it('never rounds a value up to 100% and marks partial periods', () => {
    const text = table(withEdgeCases(referenceEvaluation('managed-hosting')), options('managed-hosting'));
    expect(text).toMatch(/2026-12 \(partial\)\s*│\s*99\.99%/);
    expect(text).toMatch(/quiet\s*│\s*2026-12\s*│\s*—/);
  });
});

describe('table format without fees', () => {
  it('does not claim a zero amount when no service has a fee', () => {
    const e = referenceEvaluation('managed-hosting');
    const unpriced = { ...e, credits: e.credits.map((c) => ({ ...c, amount: null })), totals: { ...e.totals, amount: 0 } };
    const text = table(unpriced, options('managed-hosting'));
    expect(text).toContain('credits owed (percent of fee; no fee set)');
    expect(text).not.toContain('€0.00');
  });
});

describe('displayed values stay faithful to the target', () => {
  const { displayValue, faithfulDigits } = require('../../../src/formatters/evaluate/display');
  it('adds decimals only where rounding would cross the target', () => {
    expect(displayValue({ value: 99.8991935483871, unit: '%', target: '>= 99.9%' }, 'en-US')).toBe('99.899%');
    expect(displayValue({ value: 99.9008, unit: '%', target: '>= 99.9%' }, 'en-US')).toBe('99.901%');
    expect(displayValue({ value: 99.9, unit: '%', target: '> 99.9%' }, 'en-US')).toBe('99.90%');
    expect(displayValue({ value: 98.29545454545455, unit: '%', target: '>= 99.5%' }, 'en-US')).toBe('98.30%');
    expect(displayValue({ value: 499.996, unit: null, target: '>= 500' }, 'en-US')).toBe('499.996');
    expect(faithfulDigits(99.4999999, '>= 99.5%', 2)).toBe(7);
  });
});
