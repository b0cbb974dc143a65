import { escapeMarkdown, sanitizeProse, tidyMarkdown } from '../../src/render/format/markdown-text';
import { amountConditionWords, bandWords } from '../../src/render/words/condition';
import { capWords, creditWords } from '../../src/render/words/credit';
import { windowTimeWords } from '../../src/render/words/duration';
import { limitWords, ordinal } from '../../src/render/words/limit';
import { LocaleFormat } from '../../src/render/words/locale-format';

const gb = new LocaleFormat('en-GB');
const us = new LocaleFormat('en-US');

it('writes bands as both their bounds, and conditions on money', () => {
  expect(bandWords('> 99% and <= 99.9%', gb)).toBe('more than 99% and at most 99.9%');
  expect(bandWords('>99% and <=99.9%', gb)).toBe('more than 99% and at most 99.9%');
  expect(bandWords('< 99.5%', gb)).toBe('below 99.5%');
  expect(bandWords('>= 600 and < 2000', gb, 'ms')).toBe('at least 600 ms and below 2,000 ms');
  expect(amountConditionWords('> 1', us, 'USD')).toBe('more than $1.00');
  expect(amountConditionWords('>= 50', gb, 'EUR')).toBe('at least €50.00');
});

it('writes window time in hours, never in days a business calendar does not have', () => {
  expect(windowTimeWords('3d', gb)).toBe('72 hours');
  expect(windowTimeWords('1d12h', gb)).toBe('36 hours');
  expect(windowTimeWords('P2D', gb)).toBe('48 hours');
  expect(windowTimeWords('P1W', gb)).toBe('168 hours');
  expect(windowTimeWords('150h', gb)).toBe('150 hours');
  expect(windowTimeWords('1h30m', gb)).toBe('1 hour 30 minutes');
  expect(windowTimeWords('PT8H', gb)).toBe('8 hours');
});

it('writes time limits as evaluate computes them', () => {
  expect(limitWords('3d', gb)).toBe('72 hours');
  expect(limitWords('3 business days', gb)).toBe('3 business days');
  expect(limitWords('1 business day', gb)).toBe('1 business day');
  expect(limitWords('2 business days by 17:00', gb)).toBe('by 17:00 on the 2nd business day after the day it starts');
  expect(limitWords('2 business days by 17:00', gb, true)).toBe('by 17:00, 2nd business day after');
  expect(limitWords('0 business days by 17:00', gb)).toBe('by 17:00 on the day it starts');
  expect(limitWords('0m', gb)).toBe('no time at all');
  expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111].map((n) => ordinal(n, gb))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th']);
});

it('writes each credit form and cap in words', () => {
  expect(creditWords('10%', gb, 'EUR')).toBe('10%');
  expect(creditWords({ times: 10, of: 'downtime' }, gb, 'USD')).toBe('10 times what the customer paid for the downtime');
  expect(creditWords({ times: 1.5, of: 'downtime-beyond-target' }, gb, 'USD')).toBe('1.5 times what the customer paid for the downtime beyond what the target allows');
  expect(creditWords({ amount: 50, per: 'period' }, us, 'USD')).toBe('$50.00 for the period');
  expect(creditWords({ amount: 50, per: 'item' }, us, 'USD')).toBe('$50.00 per item that missed its time limit');
  expect(creditWords({ amount: 50, per: 'incident' }, us, 'USD')).toBe('$50.00 per incident');
  expect(creditWords({ amount: 50, per: 'day-late' }, us, 'USD')).toBe('$50.00 per started day by which an item missed its time limit');
  expect(capWords({ max: '50%', per: 'year' }, gb, 'EUR')).toBe('at 50% of the sum of its credit bases in each calendar year');
  expect(capWords({ max: 5000, per: 'term' }, gb, 'EUR')).toBe('at €5,000.00 over the whole term');
  expect(capWords({ max: '1 day', per: 'period' }, gb, 'EUR')).toBe(
    'at the price of 1 day of service in each credited period: the credit base over the credited period × 1 ÷ the number of days in the credited period',
  );
});

it('leaves underscores inside identifiers unescaped, and escapes those that could start or end emphasis', () => {
  expect(escapeMarkdown('first_response_at and ticket_id')).toBe('first_response_at and ticket_id');
  expect(escapeMarkdown('_emphasis_ and snake_case_')).toBe('\\_emphasis\\_ and snake_case\\_');
  expect(escapeMarkdown('a__b')).toBe('a\\_\\_b');
  expect(escapeMarkdown('_x_y_')).toBe('\\_x_y\\_');
});

describe('prose wrapped by hand', () => {
  it('is joined into paragraphs, which tidyMarkdown wraps once', () => {
    const prose = 'This Agreement states the uptime that Northstar commits to for its Premium plan, how\nuptime is measured.\n\nA second\nparagraph.';
    expect(sanitizeProse(prose)).toBe('This Agreement states the uptime that Northstar commits to for its Premium plan, how uptime is measured.\n\nA second paragraph.');
    expect(tidyMarkdown(sanitizeProse(prose))).toBe('This Agreement states the uptime that Northstar commits to for its Premium plan,\nhow uptime is measured.\n\nA second paragraph.\n');
  });

  it('keeps blocks: list items, headings, quotes, tables, fences, indented code and hard breaks', () => {
    const prose = [
      'Intro line',
      'continued.',
      '- item one',
      '  continued',
      '- item two',
      '# Heading',
      'after heading',
      '> quote',
      '| a | b |',
      '| --- | --- |',
      '```',
      'code line',
      'more code',
      '```',
      '',
      '    indented code',
      '    more indented',
      '',
      'hard break  ',
      'next line',
      'Setext',
      '===',
    ].join('\n');
    expect(sanitizeProse(prose).split('\n')).toEqual([
      'Intro line continued.',
      '- item one continued',
      '- item two',
      '# Heading',
      'after heading',
      '> quote',
      '| a | b |',
      '| --- | --- |',
      '```',
      'code line',
      'more code',
      '```',
      '',
      '    indented code',
      '    more indented',
      '',
      'hard break  ',
      // a setext heading's lines are one paragraph too: joined, the heading reads the same
      'next line Setext',
      '===',
    ]);
  });

  it('stays on one line in list items and table cells, as before', () => {
    expect(sanitizeProse('one\ntwo | three', true)).toBe('one two \\| three');
  });
});
