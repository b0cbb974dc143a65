import { readFileSync } from 'fs';
import { join } from 'path';
import YAML from 'yaml';
import { ALWAYS, createCalendar, outside, type Calendar, type CalendarDef } from '../../src/time/calendar';
import { periodsIn, termRange, type PeriodKind } from '../../src/time/period';
import { formatInstant } from '../../src/time/timestamp';
import { getZone } from '../../src/time/zone';
import { REFERENCE as REF } from '../helpers/reference';

// The periods and window times behind the reference agreements' expected results.

interface Metric { id: string; period: PeriodKind; window?: string | { outside: string } }
interface Agreement { timezone: string; term: { start: string; end: string }; calendars?: Record<string, CalendarDef>; metrics: Metric[] }
interface Result { metric: string; period: string; start: string; end: string; partial: boolean; windowSeconds?: number }

describe.each(['managed-hosting', 'marketing-sales', 'saas-platform'])('%s', (name) => {
  const agreement = YAML.parse(readFileSync(join(REF, `${name}.sla.yaml`), 'utf8')) as Agreement;
  const expected = JSON.parse(readFileSync(join(REF, 'expected', `${name}.json`), 'utf8')) as { results: Result[] };
  const zone = getZone(agreement.timezone);
  const term = termRange(agreement.term.start, agreement.term.end, zone);
  const metric = (id: string) => agreement.metrics.find((m) => m.id === id)!;
  const calendar = (window: Metric['window']): Calendar => {
    if (window === undefined || window === '24x7') return ALWAYS;
    if (typeof window === 'object') return outside(calendar(window.outside));
    return createCalendar(agreement.calendars![window], zone);
  };

  it('cuts the same periods', () => {
    for (const r of expected.results) {
      const p = periodsIn(metric(r.metric).period, zone, term.start, term.end).find((x) => x.label === r.period);
      expect([r.metric, r.period, p && formatInstant(p.start, zone), p && formatInstant(p.end, zone)]).toEqual([r.metric, r.period, r.start, r.end]);
    }
  });

  it('measures the same window time', () => {
    const withWindow = expected.results.filter((r) => r.windowSeconds !== undefined && !r.partial);
    for (const r of withWindow) {
      const p = periodsIn(metric(r.metric).period, zone, term.start, term.end).find((x) => x.label === r.period)!;
      expect([r.metric, r.period, calendar(metric(r.metric).window).windowTime(p.start, p.end) / 1000]).toEqual([r.metric, r.period, r.windowSeconds]);
    }
  });
});
