import * as path from 'path';
import { FIXTURES, render } from './helpers';

const fixture = (locale: string): string => path.join(FIXTURES, 'locales', `${locale}.sla.yaml`);

describe.each([
  ['en-GB', '1 January 2026 to 31 December 2026', '€12,000.00 per month', '5,000', '12.5%', '€1,500.00', '15 December 2025', 'A4'],
  ['en-US', 'January 1, 2026 to December 31, 2026', '$12,000.00 per month', '5,000', '12.5%', '$1,500.00', 'December 15, 2025', 'Letter'],
  ['de-DE', '1. Januar 2026 to 31. Dezember 2026', '12.000,00\u00a0€ per month', '5.000', '12,5\u00a0%', '1.500,00\u00a0€', '15. Dezember 2025', 'A4'],
])('%s', (locale, term, fee, users, credit, amount, signed, paper) => {
  it('writes dates, money, numbers and percentages the locale’s way, in English wording', async () => {
    const md = await render(fixture(locale));
    expect(md).toContain(`Term: ${term} (inclusive)`);
    expect(md).toContain(`Fee: ${fee}.`);
    expect(md).toContain(`Concurrent users: ${users}`);
    expect(md).toContain(`| below ${locale === 'de-DE' ? '99,5\u00a0%' : '99.5%'} | ${credit} | ${amount} |`);
    expect(md).toContain(`- Date: ${signed}`);
    expect(md).toContain('at least 60 days before the end of the term');
  });

  it('sets lang and the paper size in HTML', async () => {
    const html = await render(fixture(locale), { format: 'html' });
    expect(html).toContain(`<html lang="${locale}">`);
    expect(html).toContain(`size: ${paper};`);
  });
});

it('--locale overrides the agreement’s locale', async () => {
  const md = await render(fixture('en-GB'), { locale: 'de-DE' });
  expect(md).toContain('Term: 1. Januar 2026 to 31. Dezember 2026');
  expect(md).toContain('12.000,00\u00a0€ per month');
});

it('--date prints the issue date; without it there is none', async () => {
  expect(await render(fixture('en-GB'), { date: '2026-11-22' })).toContain('Issued 22 November 2026');
  expect(await render(fixture('en-US'), { date: '2026-11-22' })).toContain('Issued November 22, 2026');
  expect(await render(fixture('en-GB'))).not.toContain('Issued');
});
