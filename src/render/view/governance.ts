import { durationWords, isZeroDuration } from '../words/duration';
import { periodAdjective, periodNoun } from '../words/period';
import { humanize, inline, nonEmpty, partyName, Prose, text, type ViewContext } from './context';
import { sub, type SectionDef } from './section';

export const responsibilities: SectionDef = {
  id: 'responsibilities',
  title: 'Responsibilities',
  present: (a) => (a.parties ?? []).some((p) => nonEmpty(p.responsibilities)),
  build: (ctx, number) => ({
    parties: (ctx.agreement.parties ?? [])
      .filter((p) => nonEmpty(p.responsibilities))
      .map((p, i) => ({ number: sub(number, i), name: text(p.name ?? p.id), role: humanize(p.role ?? p.id), items: (p.responsibilities ?? []).map(inline) })),
  }),
};

export const escalation: SectionDef = {
  id: 'escalation',
  title: 'Escalation',
  present: (a) => nonEmpty(a.escalation),
  build: (ctx) => ({
    levels: (ctx.agreement.escalation ?? []).map((e) => ({
      level: e.level === undefined ? '' : ctx.fmt.number(e.level),
      contact: text(e.contact),
      after: e.after === undefined ? '' : isZeroDuration(e.after) ? 'Immediately' : `After ${durationWords(e.after, ctx.fmt)}`,
    })),
  }),
};

export const reporting: SectionDef = {
  id: 'reporting',
  title: 'Reporting',
  present: (a) => Boolean(a.reporting),
  build: (ctx) => {
    const r = ctx.agreement.reporting ?? {};
    const recipients = (r.to ?? []).map((id) => partyName(ctx, id));
    const facts: Array<{ label: string; value: string }> = [];
    if (r.every) facts.push({ label: 'Frequency', value: humanize(periodAdjective(r.every)) });
    if (r.due) {
      const end = `the end of each ${periodNoun(r.every ?? 'period')}`;
      facts.push({ label: 'Due', value: isZeroDuration(r.due) ? `At ${end}` : `Within ${durationWords(r.due, ctx.fmt)} after ${end}` });
    }
    if (recipients.length > 0) facts.push({ label: 'Recipients', value: ctx.fmt.list(recipients) });
    return { facts, contents: (r.contents ?? []).map(inline) };
  },
};

export const review: SectionDef = {
  id: 'review',
  title: 'Review and amendment',
  present: (a) => Boolean(a.review),
  build: (ctx) => {
    const r = ctx.agreement.review ?? {};
    return {
      frequency: r.every ? `This Agreement is reviewed ${periodAdjective(r.every)}.` : null,
      process: r.process ? new Prose(r.process) : null,
      amendment: amendmentWords(r.amendmentNotice, ctx),
    };
  },
};

/** review.amendmentNotice in words: how far ahead an unfavourable change is announced. */
function amendmentWords(notice: string | undefined, ctx: ViewContext): string | null {
  if (notice === undefined) return null;
  if (isZeroDuration(notice)) return 'A change that is unfavourable to the customer may take effect without notice.';
  return `A change that is unfavourable to the customer is announced at least ${durationWords(notice, ctx.fmt)} before it takes effect.`;
}

export const exclusions: SectionDef = {
  id: 'exclusions',
  title: 'Exclusions',
  present: (a) => nonEmpty(a.exclusions),
  build: (ctx) => ({ items: (ctx.agreement.exclusions ?? []).map(inline) }),
};

export const disputes: SectionDef = {
  id: 'disputes',
  title: 'Dispute resolution',
  present: (a) => nonEmpty(a.disputes),
  build: (ctx) => ({ steps: (ctx.agreement.disputes ?? []).map(inline) }),
};

export const indemnity: SectionDef = {
  id: 'indemnity',
  title: 'Indemnity',
  present: (a) => Boolean(a.indemnity),
  build: (ctx) => ({ text: new Prose(text(ctx.agreement.indemnity)) }),
};
