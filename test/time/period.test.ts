import { periodsIn, parsePeriodLabel, termRange, type PeriodKind } from '../../src/time/period';
import { formatInstant } from '../../src/time/timestamp';
import { getZone } from '../../src/time/zone';

const berlin = getZone('Europe/Berlin');
const utc = (iso: string) => Date.parse(iso);
const show = (zone = berlin) => (p: { label: string; start: number; end: number }) =>
  `${p.label} ${formatInstant(p.start, zone)} ${formatInstant(p.end, zone)}`;

describe('termRange', () => {
  it('runs from the start date 00:00 to the day after the end date', () => {
    const t = termRange('2026-01-01', '2026-12-31', berlin);
    expect(t).toEqual({ start: utc('2025-12-31T23:00:00Z'), end: utc('2026-12-31T23:00:00Z') });
    expect(termRange('2026-03-29', '2026-03-29', berlin)).toEqual({
      start: utc('2026-03-28T23:00:00Z'),
      end: utc('2026-03-29T22:00:00Z'),
    });
  });

  it('rejects what is not a date', () => {
    expect(() => termRange('2026-02-30', '2026-12-31', berlin)).toThrow(/term start '2026-02-30' is not a date/);
    expect(() => termRange('2026-01-01', '31.12.2026', berlin)).toThrow(/term end/);
  });
});

describe('periodsIn', () => {
  const term = termRange('2026-01-01', '2026-12-31', berlin);

  it('cuts ISO weeks from Monday, clipped to a term that starts on a Thursday', () => {
    const weeks = periodsIn('week', berlin, term.start, term.end);
    expect(weeks).toHaveLength(53);
    expect(weeks.slice(0, 2).map(show())).toEqual([
      '2026-W01 2026-01-01T00:00:00+01:00 2026-01-05T00:00:00+01:00',
      '2026-W02 2026-01-05T00:00:00+01:00 2026-01-12T00:00:00+01:00',
    ]);
    expect(show()(weeks[52])).toBe('2026-W53 2026-12-28T00:00:00+01:00 2027-01-01T00:00:00+01:00');
    expect(weeks.find((w) => w.label === '2026-W13')!.end - weeks.find((w) => w.label === '2026-W13')!.start).toBe(167 * 3_600_000);
  });

  it('labels weeks by ISO week-year', () => {
    const weeks = periodsIn('week', berlin, utc('2020-12-25T00:00:00Z'), utc('2021-01-12T00:00:00Z'));
    expect(weeks.map((w) => w.label)).toEqual(['2020-W52', '2020-W53', '2021-W01', '2021-W02']);
    const wrap = periodsIn('week', berlin, utc('2024-12-29T00:00:00Z'), utc('2024-12-31T00:00:00Z'));
    expect(wrap.map((w) => w.label)).toEqual(['2024-W52', '2025-W01']);
  });

  it('cuts months and quarters in the zone, with 23 and 25 hour days', () => {
    expect(periodsIn('quarter', berlin, term.start, term.end).map(show())).toEqual([
      '2026-Q1 2026-01-01T00:00:00+01:00 2026-04-01T00:00:00+02:00',
      '2026-Q2 2026-04-01T00:00:00+02:00 2026-07-01T00:00:00+02:00',
      '2026-Q3 2026-07-01T00:00:00+02:00 2026-10-01T00:00:00+02:00',
      '2026-Q4 2026-10-01T00:00:00+02:00 2027-01-01T00:00:00+01:00',
    ]);
    const months = periodsIn('month', berlin, term.start, term.end);
    expect(months.map((m) => m.label)).toEqual([...Array(12)].map((_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    expect((months[9].end - months[9].start) / 3_600_000).toBe(31 * 24 + 1);
    const days = periodsIn('day', berlin, months[2].start, months[2].end);
    expect(days).toHaveLength(31);
    expect(days.find((d) => d.label === '2026-03-29')!.end - days.find((d) => d.label === '2026-03-29')!.start).toBe(23 * 3_600_000);
    expect(periodsIn('year', berlin, term.start, term.end).map(show())).toEqual([
      '2026 2026-01-01T00:00:00+01:00 2027-01-01T00:00:00+01:00',
    ]);
  });

  it('clips to the range and leaves out periods that do not meet it', () => {
    const from = utc('2026-02-10T12:00:00Z');
    const to = utc('2026-04-01T00:00:00Z');
    expect(periodsIn('month', getZone('Etc/UTC'), from, to).map((p) => [p.label, p.start, p.end])).toEqual([
      ['2026-02', from, utc('2026-03-01T00:00:00Z')],
      ['2026-03', utc('2026-03-01T00:00:00Z'), to],
    ]);
    expect(periodsIn('day', berlin, from, from)).toEqual([]);
    expect(periodsIn('day', berlin, to, from)).toEqual([]);
  });

  it('tiles any range without gaps or overlaps', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago'].map(getZone);
    for (const zone of zones) {
      for (const kind of ['day', 'week', 'month', 'quarter', 'year'] as PeriodKind[]) {
        const from = utc('2025-11-03T05:17:00Z');
        const to = utc('2027-02-11T00:00:00Z');
        const ps = periodsIn(kind, zone, from, to);
        expect(ps[0].start).toBe(from);
        expect(ps[ps.length - 1].end).toBe(to);
        for (let i = 1; i < ps.length; i++) expect(ps[i].start).toBe(ps[i - 1].end);
        for (const p of ps) {
          const full = parsePeriodLabel(p.label, zone)!;
          expect(full.kind).toBe(kind);
          expect(full.start <= p.start && p.end <= full.end).toBe(true);
        }
      }
    }
  });
});

describe('parsePeriodLabel', () => {
  it.each<[string, PeriodKind, string, string]>([
    ['2026-10-17', 'day', '2026-10-17T00:00:00+02:00', '2026-10-18T00:00:00+02:00'],
    ['2026-10-25', 'day', '2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00'],
    ['2026-W42', 'week', '2026-10-12T00:00:00+02:00', '2026-10-19T00:00:00+02:00'],
    ['2026-W01', 'week', '2025-12-29T00:00:00+01:00', '2026-01-05T00:00:00+01:00'],
    ['2026-W53', 'week', '2026-12-28T00:00:00+01:00', '2027-01-04T00:00:00+01:00'],
    ['2026-10', 'month', '2026-10-01T00:00:00+02:00', '2026-11-01T00:00:00+01:00'],
    ['2026-12', 'month', '2026-12-01T00:00:00+01:00', '2027-01-01T00:00:00+01:00'],
    ['2026-Q4', 'quarter', '2026-10-01T00:00:00+02:00', '2027-01-01T00:00:00+01:00'],
    ['2026', 'year', '2026-01-01T00:00:00+01:00', '2027-01-01T00:00:00+01:00'],
  ])('%s', (label, kind, start, end) => {
    const p = parsePeriodLabel(label, berlin)!;
    expect([p.kind, p.label, formatInstant(p.start, berlin), formatInstant(p.end, berlin)]).toEqual([kind, label, start, end]);
  });

  it.each(['2025-W53', '2026-W54', '2026-W00', '2026-13', '2026-00', '2026-Q5', '2026-02-29', '26', '2026-10-1', 'October', ''])(
    '%j is not a label',
    (label) => {
      expect(parsePeriodLabel(label, berlin)).toBeNull();
    },
  );
});
