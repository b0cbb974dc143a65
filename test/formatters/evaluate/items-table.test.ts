import type { ItemEntry } from '../../../src/evaluate/result';
import { localTime } from '../../../src/formatters/evaluate/items-table';
import { table } from '../../../src/formatters/evaluate/table';
import { options, referenceEvaluation } from './fixture';

const clock = (over: Partial<ItemEntry['clocks'][number]> = {}): ItemEntry['clocks'][number] => ({
  name: null,
  from: '2026-11-02T09:00:00+01:00',
  to: '2026-11-02T09:20:00+01:00',
  limit: '30m',
  due: '2026-11-02T09:30:00+01:00',
  elapsedSeconds: 1200,
  status: 'achieved',
  ...over,
});

describe('table format with --items', () => {
  it('lists a row per clock after the results: start, limit, due, done (or open) and status', () => {
    const items: ItemEntry[] = [
      { metric: 'p1-response', period: '2026-11', id: 'T-1', clocks: [clock()] },
      { metric: 'p1-response', period: '2026-11', id: 'T-2', clocks: [clock({ to: null, elapsedSeconds: 7200, status: 'late' })] },
    ];
    const text = table(referenceEvaluation('managed-hosting', { items }), options('managed-hosting'));
    expect(text).toMatch(/Metric\s*│\s*Period\s*│\s*Item\s*│\s*Started\s*│\s*Limit\s*│\s*Due\s*│\s*Done\s*│\s*Status/);
    expect(text).toMatch(/p1-response\s*│\s*2026-11\s*│\s*T-1\s*│\s*2026-11-02 09:00\s*│\s*30m\s*│\s*2026-11-02 09:30\s*│\s*2026-11-02 09:20\s*│\s*achieved/);
    expect(text).toMatch(/T-2\s*│[^\n]*│\s*open\s*│\s*late/);
    expect(text.indexOf('T-1')).toBeGreaterThan(text.indexOf('uptime-business'));
  });

  it('shows the clock column when clocks are named, and colours the verdicts when asked', () => {
    const items: ItemEntry[] = [{ metric: 'support', period: '2026-11', id: null, clocks: [clock({ name: 'response' }), clock({ name: 'resolution', due: null, from: null, to: null, elapsedSeconds: null, status: 'pending' })] }];
    const plain = table(referenceEvaluation('managed-hosting', { items }), options('managed-hosting'));
    expect(plain).toMatch(/Item\s*│\s*Clock\s*│\s*Started/);
    expect(plain).toMatch(/support\s*│\s*2026-11\s*│\s*—\s*│\s*resolution\s*│\s*—\s*│\s*30m\s*│\s*—\s*│\s*open\s*│\s*pending/);
    const coloured = table(referenceEvaluation('managed-hosting', { items }), options('managed-hosting', { color: true }));
    expect(coloured).toContain('\u001b[32machieved\u001b[39m');
    expect(coloured).toContain('\u001b[33mpending\u001b[39m');
  });

  it('writes instants as local date and time, seconds only when there are some', () => {
    expect(localTime('2026-11-02T09:30:00+01:00')).toBe('2026-11-02 09:30');
    expect(localTime('2026-11-02T09:30:15.5+01:00')).toBe('2026-11-02 09:30:15.5');
    expect(localTime(null)).toBe('—');
  });
});
