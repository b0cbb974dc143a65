import type { AgreementInput } from '../agreement';
import { LocaleFormat, paperSize } from '../words/locale-format';
import { approvals, definitions, measurementData, notices, references } from './annex';
import { calendars, maintenance } from './calendars';
import { createContext } from './context';
import { credits } from './credits';
import { disputes, escalation, exclusions, indemnity, reporting, responsibilities, review } from './governance';
import type { SectionDef } from './section';
import { obligations, serviceLevels } from './service-levels';
import { purpose, services } from './services';
import { buildTitle } from './title';

/** The sections in a contract's order; each is left out when its data is absent. */
export const SECTIONS: readonly SectionDef[] = [
  purpose,
  services,
  serviceLevels,
  calendars,
  maintenance,
  credits,
  obligations,
  responsibilities,
  escalation,
  reporting,
  review,
  exclusions,
  disputes,
  indemnity,
  notices,
  definitions,
  references,
  measurementData,
  approvals,
];

export interface ViewOptions {
  /** Overrides the agreement's `locale`. */
  locale?: string;
  /** YYYY-MM-DD: prints "Issued …"; absent, the document carries no date. */
  date?: string;
}

export interface SectionView extends Record<string, unknown> {
  id: string;
  partial: string;
  number: number;
  title: string;
  heading: string;
  anchor: string;
}

export interface DocumentView {
  lang: string;
  paper: 'A4' | 'Letter';
  title: Record<string, unknown>;
  contents: Array<{ heading: string; anchor: string }>;
  sections: SectionView[];
}

/** GitHub's heading anchors, which markdownlint checks links against. */
export function slug(heading: string): string {
  const lower = heading.toLowerCase();
  // In ASCII the Unicode classes below are [a-z], [0-9] and '_': the same
  // result without compiling the Unicode pattern (~1 ms of a render).
  const kept = /^[\x00-\x7f]*$/.test(lower)
    ? lower.replace(/[^a-z0-9_\- ]/g, '')
    : lower.replace(/[^\p{Letter}\p{Mark}\p{Number}\p{Connector_Punctuation}\- ]/gu, '');
  return kept.replace(/ /g, '-');
}

/**
 * Everything the templates show, computed: words, numbers, dates and the
 * section numbering (continuous over the sections present), so templates
 * only lay it out.
 */
export function buildView(agreement: AgreementInput, options: ViewOptions = {}): DocumentView {
  const locale = options.locale ?? agreement.locale ?? 'en-GB';
  const fmt = new LocaleFormat(locale);
  const present = SECTIONS.filter((s) => s.present(agreement));
  const numbers = new Map(present.map((s, i) => [s.id, i + 1]));
  const ctx = createContext(agreement, fmt, (id) => (numbers.has(id) ? `section ${numbers.get(id)}` : null));
  const sections = present.map((def, i): SectionView => {
    const number = i + 1;
    const heading = `${number}. ${def.title}`;
    return { ...def.build(ctx, number), id: def.id, partial: def.id, number, title: def.title, heading, anchor: slug(heading) };
  });
  return {
    lang: locale,
    paper: paperSize(locale),
    title: buildTitle(ctx, options.date ?? null),
    contents: sections.map((s) => ({ heading: s.heading, anchor: s.anchor })),
    sections,
  };
}
