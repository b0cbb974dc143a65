import { humanize, inline, nonEmpty, partyName, text, type ViewContext } from './context';
import type { SectionDef } from './section';

function receivedWords(method: { by?: string; receivedAfter?: string; cutoff?: string }, ctx: ViewContext): string {
  const by = text(method.by);
  const after = text(method.receivedAfter).trim();
  const m = /^(\d+(?:\.\d+)?)\s+(.+)$/.exec(after);
  const zero = m !== null && Number(m[1]) === 0;
  const dayUnit = m ? m[2].replace(/s$/, '') : 'working day';
  const zone = ctx.agreement.timezone ? ` (${ctx.agreement.timezone} time)` : '';
  let sentence = `A notice sent by ${by} is deemed received `;
  if (after === '') sentence += 'when it arrives';
  else sentence += zero ? 'on the day it is sent' : `${after} after it is sent`;
  if (method.cutoff) {
    sentence += zero
      ? ` if sent by ${method.cutoff}${zone}; one sent after ${method.cutoff} is deemed received on the next ${dayUnit}`
      : `; one sent after ${method.cutoff}${zone} counts as sent on the next ${dayUnit}`;
  }
  return `${sentence}.`;
}

export const notices: SectionDef = {
  id: 'notices',
  title: 'Notices',
  present: (a) => Boolean(a.notices),
  build: (ctx) => {
    const n = ctx.agreement.notices ?? {};
    return {
      inWriting: n.inWriting ? 'Every notice under this Agreement must be given in writing.' : null,
      methods: (n.methods ?? []).map((method) => ({ by: humanize(text(method.by)), rule: receivedWords(method, ctx) })),
    };
  },
};

export const definitions: SectionDef = {
  id: 'definitions',
  title: 'Definitions',
  present: (a) => Boolean(a.definitions) && Object.keys(a.definitions ?? {}).length > 0,
  build: (ctx) => {
    const compare = termOrder(ctx.fmt.locale, Object.keys(ctx.agreement.definitions ?? {}));
    return {
      terms: Object.entries(ctx.agreement.definitions ?? {})
        .sort(([a], [b]) => compare(a, b) || (a < b ? -1 : a > b ? 1 : 0))
        .map(([term, definition]) => ({ term, definition: inline(definition) })),
    };
  },
};

const PLAIN_TERM = /^[A-Za-z][A-Za-z ]*$/;

/**
 * Alphabetical order of definition terms, letter case aside: the locale's
 * collation (Intl.Collator). For English and German terms of plain ASCII
 * letters and spaces that order is the order of their lower-case text (a
 * property test checks it against Intl.Collator), which spares the collator's
 * first use (~1 ms of a render); other locales or letters always collate.
 */
export function termOrder(locale: string, terms: readonly string[]): (a: string, b: string) => number {
  if (/^(en|de)(-|$)/i.test(locale) && terms.every((t) => PLAIN_TERM.test(t))) {
    return (a, b) => {
      const x = a.toLowerCase();
      const y = b.toLowerCase();
      return x < y ? -1 : x > y ? 1 : 0;
    };
  }
  return new Intl.Collator(locale, { sensitivity: 'base' }).compare;
}

/** Links are kept only for web and mail addresses; anything else is shown as text. */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  return /^(https?:\/\/|mailto:)[^\s<>"'`\\]+$/i.test(url) ? url : null;
}

export const references: SectionDef = {
  id: 'references',
  title: 'References',
  present: (a) => nonEmpty(a.references),
  build: (ctx) => ({
    items: (ctx.agreement.references ?? []).map((r) => ({
      title: text(r.title ?? r.url),
      url: safeUrl(r.url),
      address: r.url && !safeUrl(r.url) ? text(r.url) : null,
    })),
  }),
};

const KINDS: Record<string, string> = {
  intervals: 'periods of time, one row per period',
  events: 'events, one row per event',
  items: 'items with a time per milestone, one row per item',
  counts: 'pre-aggregated counts of good and total per time bucket',
  charges: 'amounts paid per billing period, one row per amount',
};

export const measurementData: SectionDef = {
  id: 'measurement-data',
  title: 'Measurement data',
  present: (a) => Boolean(a.data) && Object.keys(a.data ?? {}).length > 0,
  build: (ctx) => ({
    sources: Object.entries(ctx.agreement.data ?? {}).map(([id, d]) => ({
      id,
      kind: d.kind ? KINDS[d.kind] ?? d.kind : '',
      file: d.file ?? null,
      columns: Object.entries(d.columns ?? {})
        .map(([role, column]) => `${role} = ${text(column)}`)
        .join(', '),
      timezone: d.timezone ? `times without an offset are ${d.timezone} time` : null,
      dst: d.dst ? `ambiguous local times are read as the ${d.dst} instant` : null,
    })),
  }),
};

export const approvals: SectionDef = {
  id: 'approvals',
  title: 'Approvals',
  present: (a) => nonEmpty(a.approvals),
  build: (ctx) => ({
    signatures: (ctx.agreement.approvals ?? []).map((s) => ({
      party: partyName(ctx, s.party),
      role: humanize(ctx.party(s.party)?.role ?? text(s.party)),
      name: text(s.name),
      title: text(s.title),
      date: s.date ? ctx.fmt.date(s.date) : '',
    })),
  }),
};
