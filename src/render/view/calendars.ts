import { durationWords } from '../words/duration';
import { daysWords, everyWords, rangesWords } from '../words/hours';
import { inline, nonEmpty, text } from './context';
import { calendarLabel } from './measurement';
import { sub, type SectionDef } from './section';

export const calendars: SectionDef = {
  id: 'calendars',
  title: 'Service hours and calendars',
  present: (a) => Boolean(a.calendars) && Object.keys(a.calendars ?? {}).length > 0,
  build: (ctx, number) => ({
    calendars: Object.entries(ctx.agreement.calendars ?? {}).map(([id, cal], i) => ({
      number: sub(number, i),
      id,
      name: calendarLabel(id),
      timezone: text(cal.timezone ?? ctx.agreement.timezone),
      hours: Object.entries(cal.hours ?? {}).map(([days, ranges]) => ({ days: daysWords(days), ranges: rangesWords(ranges) })),
      holidays: (cal.holidays ?? []).map((h) => ({ date: ctx.fmt.date(h.date), name: text(h.name) })),
    })),
  }),
};

export const maintenance: SectionDef = {
  id: 'maintenance',
  title: 'Maintenance',
  present: (a) => Boolean(a.maintenance?.notice) || nonEmpty(a.maintenance?.windows),
  build: (ctx) => {
    const m = ctx.agreement.maintenance ?? {};
    const zone = ctx.agreement.timezone ? ` (${ctx.agreement.timezone})` : '';
    return {
      notice: m.notice ? `The provider announces scheduled maintenance at least ${durationWords(m.notice, ctx.fmt)} ahead.` : null,
      zone: ctx.agreement.timezone ?? null,
      windows: (m.windows ?? []).map((w) => ({
        id: text(w.id),
        name: text(w.name ?? w.id),
        description: w.description ? inline(w.description) : null,
        when: 'every' in w ? `${everyWords(w.every)}${zone}` : `from ${ctx.fmt.dateTime(w.from)} to ${ctx.fmt.dateTime(w.to)}${zone}`,
        recurring: 'every' in w,
      })),
    };
  },
};
