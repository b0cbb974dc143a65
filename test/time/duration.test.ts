import { parseClock, formatClock } from '../../src/time/clock';
import { parseDuration } from '../../src/time/duration';

const M = 60_000;
const H = 60 * M;
const D = 24 * H;

describe('parseDuration', () => {
  it.each<[string, number]>([
    ['30m', 30 * M],
    ['8h', 8 * H],
    ['2d', 2 * D],
    ['1h30m', 90 * M],
    ['90s', 90_000],
    ['0m', 0],
    ['45s', 45_000],
    ['1d12h', 36 * H],
    ['150h', 150 * H],
    ['1d2h3m4s', D + 2 * H + 3 * M + 4000],
    ['PT8H', 8 * H],
    ['P2D', 2 * D],
    ['PT1H30M', 90 * M],
    ['P1DT2H', 26 * H],
    ['PT0S', 0],
    ['PT1.5S', 1500],
    ['PT0,25S', 250],
    ['P2W', 14 * D],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', '30', 'm', '1.5h', '30 m', '-5m', '1m1h', '1h1h', '30min', 'P1M', 'P1Y', 'P1Y2D', 'P', 'PT', 'P1DT', 'pt8h', 'PT1.2345S', 'P1W2D', ' 30m'])(
    '%j is not a duration',
    (text) => {
      expect(parseDuration(text)).toBeNull();
    },
  );
});

describe('parseClock', () => {
  it.each<[string, number]>([
    ['00:00', 0],
    ['08:30', 510],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('%s is minute %d', (text, minutes) => {
    expect(parseClock(text)).toBe(minutes);
    expect(formatClock(minutes)).toBe(text);
  });

  it.each(['24:01', '25:00', '8:00', '08:60', '0800', '08-00', '', 'ab:cd', '08:00 '])('%j is not a clock time', (text) => {
    expect(parseClock(text)).toBeNull();
  });
});
