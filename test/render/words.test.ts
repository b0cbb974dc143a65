import fc from 'fast-check';
import { conditionWords, negatedWords } from '../../src/render/words/condition';
import { durationWords } from '../../src/render/words/duration';
import { filterWords } from '../../src/render/words/filters';
import { everyWords, hoursWords } from '../../src/render/words/hours';
import { LocaleFormat, paperSize } from '../../src/render/words/locale-format';
import { escapeMarkdown, tidyMarkdown } from '../../src/render/format/markdown-text';

const gb = new LocaleFormat('en-GB');
const us = new LocaleFormat('en-US');
const de = new LocaleFormat('de-DE');

it('writes dates per locale', () => {
  expect(gb.date('2026-01-01')).toBe('1 January 2026');
  expect(us.date('2026-01-01')).toBe('January 1, 2026');
  expect(de.date('2026-01-01')).toBe('1. Januar 2026');
  expect(gb.dateTime('2026-10-17T22:00')).toBe('17 October 2026, 22:00');
  expect(gb.date('not a date')).toBe('not a date');
});

it('writes money, numbers and lists per locale', () => {
  expect(gb.money(12000, 'EUR')).toBe('€12,000.00');
  expect(de.money(12000, 'EUR')).toBe('12.000,00\u00a0€');
  expect(us.money(1000, 'USD')).toBe('$1,000.00');
  expect(gb.list(['A', 'B', 'C'])).toBe('A, B and C');
  expect(us.list(['A', 'B', 'C'])).toBe('A, B, and C');
  expect(de.list(['A', 'B', 'C'])).toBe('A, B and C');
  expect(paperSize('en-US')).toBe('Letter');
  expect(paperSize('en-CA')).toBe('Letter');
  expect(paperSize('de-DE')).toBe('A4');
});

it('writes percentages without float noise', () => {
  expect(gb.percent(99.5)).toBe('99.5%');
  expect(gb.percent('99.9')).toBe('99.9%');
  expect(gb.percent(0.1 + 0.2)).toBe('0.3%');
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 100000 }), (n) => {
      const text = String(n / 1000);
      expect(gb.percent(n / 1000)).toBe(`${Number(text).toLocaleString('en-GB', { maximumFractionDigits: 3 })}%`);
    }),
  );
});

it('writes durations in the units they were written in', () => {
  expect(durationWords('30m', gb)).toBe('30 minutes');
  expect(durationWords('8h', gb)).toBe('8 hours');
  expect(durationWords('1h30m', gb)).toBe('1 hour 30 minutes');
  expect(durationWords('150h', gb)).toBe('150 hours');
  expect(durationWords('5d', gb)).toBe('5 days');
  expect(durationWords('1d', gb)).toBe('1 day');
  expect(durationWords('PT8H', gb)).toBe('8 hours');
  expect(durationWords('0m', gb)).toBe('0 minutes');
});

it('writes conditions and their negations in words', () => {
  expect(conditionWords('>= 99.5%', gb)).toBe('at least 99.5%');
  expect(conditionWords('> 99.9%', gb)).toBe('more than 99.9%');
  expect(conditionWords('<= 600ms', gb)).toBe('at most 600 ms');
  expect(conditionWords('<= 600', gb, 'ms')).toBe('at most 600 ms');
  expect(conditionWords('< 99%', gb)).toBe('below 99%');
  expect(conditionWords('>= 100', us)).toBe('at least 100');
  expect(negatedWords('< 95%', gb)).toBe('at least 95%');
  expect(negatedWords('<= 95%', gb)).toBe('more than 95%');
});

it('writes hours, maintenance windows and row filters in words', () => {
  expect(hoursWords({ 'mon-fri': '08:00-18:00', sat: ['09:00-13:00', '14:00-16:00'] })).toBe('Mon–Fri 08:00–18:00, Sat 09:00–13:00, 14:00–16:00');
  expect(everyWords('sun 02:00-04:00')).toBe('every Sunday, 02:00–04:00');
  expect(filterWords({ route: '/checkout', status: { lt: 500 }, priority: ['P2', 'P3'], path: { ne: '/v1/health' } }, gb)).toBe(
    'route is /checkout, status is below 500, priority is P2 or P3 and path is not /v1/health',
  );
});

it('escapes Markdown in agreement text and wraps long lines without starting blocks', () => {
  expect(escapeMarkdown('a | b *c* _d_ <e> [f]')).toBe('a \\| b \\*c\\* \\_d\\_ \\<e\\> \\[f\\]');
  expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
  expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
  const long = `- ${'word '.repeat(14)}- 1. ${'more '.repeat(10)}`;
  const lines = tidyMarkdown(long).trimEnd().split('\n');
  expect(lines.every((l) => l.length <= 80)).toBe(true);
  expect(lines.slice(1).every((l) => /^ {2}\S/.test(l) && !/^ {2}(-|\d+\.) /.test(l))).toBe(true);
  expect(tidyMarkdown('a  \n\n\n\nb')).toBe('a\n\nb\n');
});
