import { durationWords, isZeroDuration } from '../words/duration';
import { daysWords, everyWords, rangesWords } from '../words/hours';
import { inline, nonEmpty, text, type ViewContext } from './context';
import { calendarLabel, windowOwner } from './measure-parts';
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

/** The notice rule: "at least 5 days ahead", or "without notice"; windows the customer plans need none from the provider. */
function noticeWords(notice: string | undefined, customerPlans: boolean, ctx: ViewContext): string | null {
  const others = customerPlans ? ' Windows planned by the customer need no notice from the provider.' : '';
  if (notice === undefined) return others.trim() || null;
  if (isZeroDuration(notice)) return `The provider may carry out scheduled maintenance without notice.${others}`;
  return `The provider announces scheduled maintenance at least ${durationWords(notice, ctx.fmt)} ahead.${others}`;
}

export const maintenance: SectionDef = {
  id: 'maintenance',
  title: 'Maintenance',
  present: (a) => Boolean(a.maintenance?.notice) || nonEmpty(a.maintenance?.windows),
  build: (ctx) => {
    const m = ctx.agreement.maintenance ?? {};
    const zone = ctx.agreement.timezone ? ` (${ctx.agreement.timezone})` : '';
    const owners = (m.windows ?? []).map((w) => windowOwner(ctx, w.owner));
    return {
      notice: noticeWords(m.notice, owners.includes('planned by the customer'), ctx),
      zone: ctx.agreement.timezone ?? null,
      windows: (m.windows ?? []).map((w, i) => ({
        id: text(w.id),
        name: text(w.name ?? w.id),
        description: w.description ? inline(w.description) : null,
        when: ('every' in w ? `${everyWords(w.every)}${zone}` : `from ${ctx.fmt.dateTime(w.from)} to ${ctx.fmt.dateTime(w.to)}${zone}`) + (owners[i] ? `, ${owners[i]}` : ''),
        recurring: 'every' in w,
      })),
    };
  },
};
